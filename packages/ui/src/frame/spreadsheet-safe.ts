/**
 * A CSV cell that a spreadsheet will not run as a formula: text starting with =, +, -, @, tab or CR gets a leading
 * apostrophe; numbers, and text that is a plain decimal number such as "-3.2", are left as they are.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? `'${text}` : text;
}
