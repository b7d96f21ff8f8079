import { getTranslations } from "next-intl/server";
import { daysInDetention } from "@/lib/detainees/days-in-detention";

type Props = {
  arrestDate: Date | null;
  arrestDatePrecision: "DAY" | "MONTH" | "YEAR" | null;
  releaseDate: Date | null;
};

export async function DaysInDetentionText(props: Props) {
  const t = await getTranslations("detainee");
  const days = daysInDetention(props);
  return <>{days === null ? t("daysUnknown") : t("daysInDetention", { days })}</>;
}
