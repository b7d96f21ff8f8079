import { getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";

export async function SiteFooter() {
  const t = await getTranslations("site");
  return (
    <footer className="mt-16 border-t border-stone-200 bg-stone-50 py-8 text-sm text-stone-700">
      <Container>{t("footer")}</Container>
    </footer>
  );
}
