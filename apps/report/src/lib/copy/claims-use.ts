/**
 * How an edition's story uses the claims ledger: the claims its copy cites, the ones story.json lists as deliberately
 * not used (with a reason), and the rest, which nobody has decided on yet. A listed id that is not in the ledger, or
 * a claim both cited and listed as not used, is an error naming story.json and the claim.
 */
export function claimsUse({
  ledger,
  cited,
  notUsed,
  file
}: {
  /** Every claim id of the edition's ledger. */
  ledger: readonly string[];
  /** Claim ids the story's copy references (`{claim:id}` or `{claim:id.year}`), any order, repeats allowed. */
  cited: Iterable<string>;
  /** story.json `claimsNotUsed`: id → reason. */
  notUsed: Record<string, { reason: string }>;
  file: string;
}): { cited: string[]; notUsed: string[]; undecided: string[]; byReason: Record<string, number> } {
  const known = new Set(ledger);
  const citedSet = new Set(cited);
  const problems = [
    ...Object.keys(notUsed)
      .filter((id) => !known.has(id))
      .map((id) => `${file}: claimsNotUsed.${id}: expected a claim id of the ledger, got "${id}" (no such claim)`),
    ...[...citedSet]
      .filter((id) => Object.hasOwn(notUsed, id))
      .map((id) => `${file}: claimsNotUsed.${id}: the story's copy cites this claim, so it cannot be listed as not used`)
  ];
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const byReason: Record<string, number> = {};
  for (const { reason } of Object.values(notUsed)) byReason[reason] = (byReason[reason] ?? 0) + 1;
  return {
    cited: ledger.filter((id) => citedSet.has(id)),
    notUsed: ledger.filter((id) => Object.hasOwn(notUsed, id)),
    undecided: ledger.filter((id) => !citedSet.has(id) && !Object.hasOwn(notUsed, id)),
    byReason
  };
}
