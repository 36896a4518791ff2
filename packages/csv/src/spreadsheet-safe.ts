/**
 * A CSV cell that a spreadsheet will not run as a formula: text starting with =, +, -, @, tab or CR gets a leading
 * apostrophe; text that is a plain decimal number such as "-3.2" is left as it is.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? `'${text}` : text;
}
