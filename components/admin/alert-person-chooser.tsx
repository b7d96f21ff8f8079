import { ALERT_KINDS } from "@/lib/campaign-mail/alert-kind";

const select = "mt-1 block rounded border border-stone-500 bg-white px-2 py-1";

type Labels = { person: string; what: string; prepare: string; kinds: Record<(typeof ALERT_KINDS)[number], string> };

/** Picks the person and what happened, then opens the prepared alert (a GET: it changes nothing). */
export function AlertPersonChooser({
  people,
  labels,
}: {
  people: { id: string; displayName: string }[];
  labels: Labels;
}) {
  return (
    <form method="get" action="/admin/petition/alerts/new" className="flex flex-wrap items-end gap-3">
      <div className="text-sm font-medium">
        <label htmlFor="alert-detainee">{labels.person}</label>
        <select id="alert-detainee" name="detainee" className={select} required>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.displayName}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm font-medium">
        <label htmlFor="alert-kind">{labels.what}</label>
        <select id="alert-kind" name="kind" className={select}>
          {ALERT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {labels.kinds[kind]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-stone-800 px-3 py-1.5 font-semibold text-white">
        {labels.prepare}
      </button>
    </form>
  );
}

export function alertChooserLabels(t: (key: string) => string): Labels {
  return {
    person: t("list.person"),
    what: t("list.what"),
    prepare: t("list.prepare"),
    kinds: { released: t("kinds.released"), sentenced: t("kinds.sentenced"), transferred: t("kinds.transferred") },
  };
}
