/**
 * Spreadsheet formula injection: a cell that starts with = + - @ (or a tab or
 * carriage return, which some programs skip before reading one of those) is run as
 * a formula when the CSV is opened in Excel or LibreOffice. Such cells get a leading
 * apostrophe, which spreadsheets show as text and do not evaluate (OWASP advice).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
