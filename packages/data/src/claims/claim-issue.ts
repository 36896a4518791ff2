/** One problem found in the claims inputs, precise enough to fix without reading the validator. */
export interface ClaimIssue {
  /** Input file name, e.g. `001_16269ce5feefef16.json`. */
  file: string;
  /** `claim 3 (yu-dds-2022-value)`, `conflict 2 (dds-china-2022-value)`, or null for a file-level field. */
  item: string | null;
  field: string;
  expected: string;
  got: string;
}

export function formatIssue(issue: ClaimIssue): string {
  const where = issue.item === null ? issue.file : `${issue.file}: ${issue.item}`;
  return `${where}: field "${issue.field}": expected ${issue.expected}, got ${issue.got}`;
}

/** Renders a received value for an error message: JSON, shortened, and "nothing" when the field is missing. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (field missing)';
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

export class ClaimsValidationError extends Error {
  readonly issues: ClaimIssue[];

  constructor(issues: ClaimIssue[]) {
    const shown = issues.slice(0, 50).map(formatIssue);
    if (issues.length > shown.length) shown.push(`... and ${issues.length - shown.length} more`);
    super(`claims ledger: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n${shown.join('\n')}`);
    this.name = 'ClaimsValidationError';
    this.issues = issues;
  }
}
