// Spreadsheets run a cell that starts with = + - @ as a formula (OWASP's CSV injection).
// Leading blanks do not protect: Excel, LibreOffice and Google Sheets trim spaces, tabs,
// line breaks, no-break and full-width spaces, and some read full-width ＝＋－＠ as
// their ASCII forms. Zero-width characters are invisible, so they are skipped too.
const IGNORED_BEFORE = "[\\s\\u0000-\\u001f\\u007f\\u00ad\\u180e\\u200b-\\u200f\\u2060-\\u2064\\ufeff]*";
const FORMULA_START = new RegExp(`^${IGNORED_BEFORE}[=+\\-@\\uff1d\\uff0b\\uff0d\\uff20]`);

/** A cell value a spreadsheet shows as text: a leading apostrophe when it could start a formula. */
export function neutraliseCsvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
