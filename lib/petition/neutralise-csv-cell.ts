// Spreadsheets run a cell that starts with = + - @ (or a tab/CR before one) as a
// formula. Leading blanks do not protect: some spreadsheet apps trim them first.
const FORMULA_START = /^[\s\u0000-\u001f]*[=+\-@\t\r]/;

/** A cell value a spreadsheet shows as text: a leading apostrophe when it could start a formula. */
export function neutraliseCsvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
