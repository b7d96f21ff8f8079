import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Container } from "@/components/ui/container";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <Container className="py-16">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("body")}</p>
      <p className="mt-4">
        <Link href="/" className="underline">
          {t("home")}
        </Link>
      </p>
    </Container>
  );
}
