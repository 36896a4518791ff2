import type { Rta } from '../read/read-wto-rtas.ts';

/** The earlier of an agreement's goods and services entry-into-force dates; null when neither is given. */
export function rtaEntryDate(rta: Rta): string | null {
  const dates = [rta.entryIntoForceGoods, rta.entryIntoForceServices].filter((d): d is string => d !== null).sort();
  return dates[0] ?? null;
}
