import type { z } from 'zod';

/** What a zod issue says was expected, without zod's prefix and its "received …" tail ("expected number"→"number"). */
export function issueExpected(issue: z.core.$ZodIssue): string {
  return issue.message
    .replace(/^[A-Z][a-z ]*: /, '')
    .replace(/^expected /, '')
    .replace(/, received \w+$/, '');
}
