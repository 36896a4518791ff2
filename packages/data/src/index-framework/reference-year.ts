/**
 * An indicator's reference year: the latest year that at least `share` of the units with a value have reached, i.e.
 * whose latest value is from that year or later. `years` holds each unit's latest year (null = no value). A value
 * from before the reference year is carried forward (last observation carried forward); null when no unit has one.
 */
export function referenceYear({ years, share }: { years: (number | null)[]; share: number }): number | null {
  const present = years.filter((y): y is number => y !== null).sort((a, b) => b - a);
  if (present.length === 0) return null;
  const needed = Math.max(1, Math.ceil(share * present.length));
  return present[needed - 1];
}
