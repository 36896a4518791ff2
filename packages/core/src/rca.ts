/**
 * Balassa revealed comparative advantage, elementwise (e.g. one element per year):
 * RCA = (X_cp / X_c) / (X_wp / X_w) — the product's share in the country's exports over its share in world exports.
 * NaN where any input is NaN or a denominator is 0.
 * @see Balassa, B. (1965) Trade liberalisation and "revealed" comparative advantage. The Manchester School 33(2).
 */
export function rca(
  countryProduct: Float64Array,
  countryTotal: Float64Array,
  worldProduct: Float64Array,
  worldTotal: Float64Array
): Float64Array {
  const n = countryProduct.length;
  if (countryTotal.length !== n || worldProduct.length !== n || worldTotal.length !== n) {
    throw new RangeError('rca: input lengths differ');
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const denom = countryTotal[i] * worldProduct[i];
    out[i] = denom === 0 ? NaN : (countryProduct[i] * worldTotal[i]) / denom;
  }
  return out;
}
