/**
 * A text made safe for a spreadsheet cell (OWASP, "CSV Injection"): a cell
 * that starts with =, +, -, @, a tab or a carriage return is read by Excel,
 * LibreOffice and Google Sheets as a formula, which can run commands or leak
 * data when a customer opens duties.csv. Such a cell gets a leading
 * apostrophe, which spreadsheets show as text and do not display.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
