export { buildClaims } from './build-claims.ts';
export type { BuildClaimsOptions } from './build-claims.ts';
export { loadClaims, CONFLICTS_FILE } from './load-claims.ts';
export type { LoadClaimsOptions } from './load-claims.ts';
export { validateTextFile } from './validate-text-file.ts';
export { validateConflicts } from './validate-conflicts.ts';
export { ClaimsValidationError, formatIssue } from './claim-issue.ts';
export type { ClaimIssue } from './claim-issue.ts';
export { claimsToCsv, CSV_COLUMNS } from './to-csv.ts';
export { difference } from './difference.ts';
export { checkDatasetReference } from './check-dataset-reference.ts';
export { quoteInText } from './quote-in-text.ts';
export { valueInQuote, numbersIn, toAsciiDigits } from './value-in-quote.ts';
export { isClaimEntity, CN_PROVINCES, CLAIM_GROUPS } from './entities.ts';
export { UNITS } from './units.ts';
export type { UnitInfo } from './units.ts';
export { CLAIMS_SCHEMA_VERSION, TOPICS, QUALIFIERS, CONFLICT_REASONS, LANGUAGES } from './types.ts';
export type {
  Claim,
  ClaimRecord,
  ClaimsLedger,
  Conflict,
  ConflictReason,
  ConflictRecord,
  DatasetReference,
  Difference,
  Language,
  Qualifier,
  Reading,
  TextFile,
  TextInfo,
  Topic
} from './types.ts';
