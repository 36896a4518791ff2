/**
 * One CSV record per RFC 4180: a field holding a comma, a double quote, CR or LF is quoted, its quotes doubled, so a
 * uCode like `U,2` stays one field. No line end is added.
 * @see RFC 4180 §2, rules 5–7.
 */
export function csvRow(fields: readonly string[]): string {
  return fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',');
}
