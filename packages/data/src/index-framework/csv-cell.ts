/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180); null and undefined become NA. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return 'NA';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
