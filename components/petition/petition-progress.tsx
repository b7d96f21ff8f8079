import { getTranslations } from "next-intl/server";

/** The count and a progress bar towards the goal (a native <progress>, readable without styles). */
export async function PetitionProgress({ count, goal, locale }: { count: number; goal: number; locale: string }) {
  const t = await getTranslations("petition");
  const formattedGoal = new Intl.NumberFormat(locale).format(goal);
  return (
    <div>
      <p className="text-3xl font-bold" data-testid="petition-count">
        {t("count", { count })}
      </p>
      <p className="text-stone-700">{t("progress", { count, goal: formattedGoal })}</p>
      <progress
        className="mt-2 h-3 w-full accent-brand-700"
        max={goal}
        value={Math.min(count, goal)}
        aria-label={t("progressLabel")}
      >
        {Math.round((Math.min(count, goal) / goal) * 100)}%
      </progress>
      <p className="mt-1 text-sm text-stone-600">{t("countNote")}</p>
    </div>
  );
}
