/** The TOP500 lists in the raw folder: every June and November list of the years, up to `lastList`, except `missing`. */
export function top500ListNames({
  firstYear,
  lastYear,
  lastList,
  missing
}: {
  firstYear: number;
  lastYear: number;
  lastList: string;
  missing: readonly string[];
}): string[] {
  const names: string[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) for (const month of ['06', '11']) names.push(`${year}-${month}`);
  return names.filter((n) => n <= lastList && !missing.includes(n));
}
