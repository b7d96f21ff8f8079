import { SelectField, TextArea, TextField } from "./action-form";
import { DATE_HINT, eventTypeOptions, visibilityOptions } from "./options";

/** Event fields with sources: tick existing ones, or add a new one inline. */
export function EventFields({
  values,
  sources,
  selectedSourceIds = [],
}: {
  values: Record<string, string>;
  sources: { id: string; publisher: string; title: string }[];
  selectedSourceIds?: string[];
}) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <SelectField
        name="type"
        label="Kind of event"
        defaultValue={values.type || "HEARING"}
        options={eventTypeOptions}
      />
      <TextField name="occurredOn" label="Date" defaultValue={values.occurredOn} hint={DATE_HINT} required />
      <TextField name="title" label="Title" defaultValue={values.title} required />
      <SelectField
        name="visibility"
        label="Visibility"
        defaultValue={values.visibility || "PUBLIC"}
        options={visibilityOptions}
      />
      <div className="md:col-span-2">
        <TextArea name="description" label="Description" defaultValue={values.description} rows={3} />
      </div>
      <fieldset className="rounded border border-stone-300 p-3 md:col-span-2">
        <legend className="px-1 font-medium">Sources</legend>
        <div className="max-h-48 space-y-1 overflow-y-auto">
          {sources.map((source) => (
            <div key={source.id} className="flex items-start gap-2">
              <input
                type="checkbox"
                id={`source-${source.id}`}
                name="sourceIds"
                value={source.id}
                defaultChecked={selectedSourceIds.includes(source.id)}
                className="mt-1 h-4 w-4"
              />
              <label htmlFor={`source-${source.id}`}>
                {source.publisher}: {source.title}
              </label>
            </div>
          ))}
        </div>
        <p className="mt-3 font-medium">Or add a new source</p>
        <div className="grid gap-3 md:grid-cols-3">
          <TextField name="newSourcePublisher" label="Publisher" />
          <TextField name="newSourceTitle" label="Title" />
          <TextField name="newSourceUrl" label="Web address" type="url" />
        </div>
      </fieldset>
    </div>
  );
}
