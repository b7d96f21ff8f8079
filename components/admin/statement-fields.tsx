import { SelectField, TextArea, TextField } from "./action-form";

const kindOptions = [
  { value: "JOINT_STATEMENT", label: "Joint statement" },
  { value: "PRESS_RELEASE", label: "Press release" },
  { value: "UN_STATEMENT", label: "UN statement" },
  { value: "OTHER", label: "Other" },
];
const publicationOptions = [
  { value: "DRAFT", label: "Draft (not public)" },
  { value: "SCHEDULED", label: "Scheduled (embargoed until the time below)" },
  { value: "PUBLISHED", label: "Published now" },
];

function Checklist({
  legend,
  name,
  items,
  selected,
}: {
  legend: string;
  name: string;
  items: { id: string; label: string }[];
  selected: string[];
}) {
  return (
    <fieldset className="rounded border border-stone-300 p-3">
      <legend className="px-1 font-medium">{legend}</legend>
      <div className="max-h-48 space-y-1 overflow-y-auto">
        {items.map((item) => (
          <div key={item.id} className="flex items-start gap-2">
            <input
              type="checkbox"
              id={`${name}-${item.id}`}
              name={name}
              value={item.id}
              defaultChecked={selected.includes(item.id)}
              className="mt-1 h-4 w-4"
            />
            <label htmlFor={`${name}-${item.id}`}>{item.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export function StatementFields({
  values,
  organisations,
  detainees,
  selectedOrganisationIds = [],
  selectedDetaineeIds = [],
}: {
  values: Record<string, string>;
  organisations: { id: string; name: string }[];
  detainees: { id: string; displayName: string }[];
  selectedOrganisationIds?: string[];
  selectedDetaineeIds?: string[];
}) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <TextField name="title" label="Title" defaultValue={values.title} required />
      <TextField name="slug" label="Slug" defaultValue={values.slug} hint="The address: /statements/slug" required />
      <SelectField name="kind" label="Kind" defaultValue={values.kind || "JOINT_STATEMENT"} options={kindOptions} />
      <SelectField
        name="publication"
        label="Publication"
        defaultValue={values.publication || "DRAFT"}
        options={publicationOptions}
      />
      <TextField
        name="publishAt"
        label="Publish at (UTC)"
        type="datetime-local"
        defaultValue={values.publishAt}
        hint="Needed for a scheduled statement: nothing is public before this time."
      />
      <div className="md:col-span-2">
        <TextArea name="summary" label="Summary" defaultValue={values.summary} rows={2} />
      </div>
      <div className="md:col-span-2">
        <TextArea
          name="body"
          label="Text (Markdown)"
          defaultValue={values.body}
          rows={12}
          hint="Markdown: **bold**, _italic_, [links](https://…), lists. HTML is removed on the public page."
        />
      </div>
      <div className="space-y-2">
        <Checklist
          legend="Signatory organisations"
          name="organisationIds"
          items={organisations.map((o) => ({ id: o.id, label: o.name }))}
          selected={selectedOrganisationIds}
        />
        <TextField name="newOrganisationName" label="Or add a new organisation" />
      </div>
      <Checklist
        legend="Linked detainees"
        name="detaineeIds"
        items={detainees.map((d) => ({ id: d.id, label: d.displayName }))}
        selected={selectedDetaineeIds}
      />
    </div>
  );
}
