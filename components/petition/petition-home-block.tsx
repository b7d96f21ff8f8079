import { getTranslations } from "next-intl/server";
import { getPetitionCount } from "@/lib/petition/get-petition-count";
import { getPublicPetition } from "@/lib/petition/get-public-petition";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { PetitionProgress } from "./petition-progress";

/** The home page's petition block: count, progress, and the way to sign. */
export async function PetitionHomeBlock({ locale }: { locale: Locale }) {
  const petition = await getPublicPetition();
  if (!petition || petition.status === "DRAFT") return null;
  const t = await getTranslations("petition");
  const count = await getPetitionCount(petition.id);
  return (
    <section aria-labelledby="petition-home-heading" className="mb-12 rounded border border-stone-300 bg-white p-6">
      <h2 id="petition-home-heading" className="mb-4 text-2xl font-bold">
        {t("home.heading")}
      </h2>
      <PetitionProgress count={count.total} goal={petition.goal} locale={locale} />
      {petition.status === "OPEN" ? (
        <Link
          href="/petition#sign"
          className="mt-4 inline-block rounded bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800"
        >
          {t("home.cta")}
        </Link>
      ) : (
        <p className="mt-4">{t("closed")}</p>
      )}
    </section>
  );
}
