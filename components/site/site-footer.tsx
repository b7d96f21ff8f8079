import { getLocale, getTranslations } from "next-intl/server";
import { env } from "@/lib/config/env";
import { localePath, type Locale } from "@/lib/i18n/locale-path";
import { Link } from "@/lib/i18n/navigation";
import { Container } from "@/components/ui/container";

export async function SiteFooter() {
  const t = await getTranslations("site");
  const locale = (await getLocale()) as Locale;
  // Read when the page renders (pages render at run time, never at build): a new onion
  // address needs a restart and a cache refresh, not a rebuild.
  const onion = env().ONION_LOCATION;
  return (
    <footer className="mt-16 border-t border-stone-200 bg-stone-50 py-8 text-sm text-stone-700">
      <Container>
        <p>{t("footer")}</p>
        <p className="mt-2">
          <Link href="/numbers" className="underline">
            {t("footerNumbers")}
          </Link>
        </p>
        {onion ? (
          <p className="mt-2">
            <a href={new URL(localePath(locale, "/"), onion).toString()} className="underline">
              {t("onion")}
            </a>
          </p>
        ) : null}
      </Container>
    </footer>
  );
}
