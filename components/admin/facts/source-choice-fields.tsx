import { SelectField, TextField } from "@/components/admin/action-form";

export type SourceOption = { id: string; publisher: string; title: string };

/** An existing source, or a new one with its archived copy: the same fields in every facts form. */
export function SourceChoiceFields({
  sources,
  labels,
  defaultSourceId = "",
}: {
  sources: SourceOption[];
  defaultSourceId?: string;
  labels: Record<
    "existing" | "none" | "newHeading" | "publisher" | "title" | "url" | "archiveUrl" | "date" | "dateHint",
    string
  >;
}) {
  return (
    <div className="space-y-3">
      <SelectField
        name="sourceId"
        label={labels.existing}
        defaultValue={defaultSourceId}
        options={[
          { value: "", label: labels.none },
          ...sources.map((s) => ({ value: s.id, label: `${s.publisher}: ${s.title}` })),
        ]}
      />
      <fieldset className="space-y-3 rounded border border-stone-300 p-3">
        <legend className="px-1 font-medium">{labels.newHeading}</legend>
        <div className="grid gap-3 md:grid-cols-2">
          <TextField name="newSourcePublisher" label={labels.publisher} />
          <TextField name="newSourceTitle" label={labels.title} />
          <TextField name="newSourceUrl" label={labels.url} type="url" />
          <TextField name="newSourceArchiveUrl" label={labels.archiveUrl} type="url" />
          <TextField name="newSourceDate" label={labels.date} hint={labels.dateHint} />
        </div>
      </fieldset>
    </div>
  );
}
