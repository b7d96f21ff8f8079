import { CheckboxField, SelectField, TextArea, TextField } from "./action-form";
import { certaintyOptions, DATE_HINT, statusOptions } from "./options";

/** The profile fields, shared by the create and edit forms. */
export function DetaineeFields({ values }: { values: Record<string, string> }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <TextField name="displayName" label="Name shown" defaultValue={values.displayName} required />
      <TextField
        name="slug"
        label="Slug"
        defaultValue={values.slug}
        hint="The profile's address: /detainees/slug"
        required
      />
      <SelectField
        name="status"
        label="Status"
        defaultValue={values.status || "IN_DETENTION"}
        options={statusOptions}
      />
      <SelectField
        name="statusCertainty"
        label="Certainty"
        defaultValue={values.statusCertainty || "KNOWN"}
        options={certaintyOptions}
      />
      <TextField
        name="statusConfirmedOn"
        label="Status last confirmed"
        defaultValue={values.statusConfirmedOn}
        hint={DATE_HINT}
      />
      <TextField name="arrestDate" label="Arrest date" defaultValue={values.arrestDate} hint={DATE_HINT} />
      <TextField name="occupation" label="Occupation" defaultValue={values.occupation} />
      <TextField name="placeOfDetention" label="Place of detention" defaultValue={values.placeOfDetention} />
      <TextField name="sentence" label="Sentence" defaultValue={values.sentence} />
      <TextField name="releaseDate" label="Release date" defaultValue={values.releaseDate} hint={DATE_HINT} />
      <TextField name="releaseType" label="Release type" defaultValue={values.releaseType} />
      <TextField name="photoCredit" label="Photo credit" defaultValue={values.photoCredit} />
      <TextField name="photoLicence" label="Photo licence" defaultValue={values.photoLicence} />
      <TextField
        name="photoSourceUrl"
        label="Photo source (web address)"
        defaultValue={values.photoSourceUrl}
        type="url"
      />
      <div className="md:col-span-2">
        <TextArea name="bio" label="Biography" defaultValue={values.bio} rows={5} />
      </div>
      <CheckboxField
        name="published"
        label="Published (visible on the public site)"
        defaultChecked={values.published === "on"}
      />
    </div>
  );
}
