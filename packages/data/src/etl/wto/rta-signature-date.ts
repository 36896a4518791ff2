import type { Rta } from '../read/read-wto-rtas.ts';

/** The earlier of an agreement's goods and services signature dates; null when neither is given. */
export function rtaSignatureDate(rta: Rta): string | null {
  const dates = [rta.signatureGoods, rta.signatureServices].filter((d): d is string => d !== null).sort();
  return dates[0] ?? null;
}
