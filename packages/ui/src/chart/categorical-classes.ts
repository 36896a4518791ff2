/**
 * Classes for a categorical score (e.g. 0 / 1 / 2): one class per distinct value instead of equal intervals, which
 * would label a three-value code "0–0, 0–1, 1–1, …". Null when the values are not a small set of whole numbers.
 * Steps are spread over the sequential scale from its second step, so the lowest score never shares the lightness of
 * the "not stated" grey.
 */
export function categoricalClasses(
  values: number[],
  max = 5
): { values: number[]; steps: number[]; classify: (v: number) => number } | null {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (!distinct.length || distinct.length > max || !distinct.every(Number.isInteger)) return null;
  const n = distinct.length;
  const steps = distinct.map((_, i) => (n === 1 ? 4 : Math.round(1 + (i * 3) / (n - 1))));
  return { values: distinct, steps, classify: (v) => steps[Math.max(0, distinct.indexOf(v))] };
}
