/**
 * Eigen-decomposition of a real symmetric matrix by cyclic Jacobi rotations: `values` descending, `vectors[j]` the
 * unit eigenvector of `values[j]`. Sweeps until the off-diagonal mass is below 1e-22 of the matrix's (squared
 * Frobenius norm), which is float64 accuracy for the correlation matrices of an index (k ≤ a few dozen).
 * @see Golub, G. H. & Van Loan, C. F. (2013) Matrix Computations, 4th ed., section 8.5 (Jacobi methods).
 */
export function symmetricEigen({ matrix }: { matrix: number[][] }): { values: number[]; vectors: number[][] } {
  const n = matrix.length;
  const a = matrix.map((row, i) => {
    if (row.length !== n) throw new Error(`symmetricEigen: row ${i} has ${row.length} entries, expected ${n}`);
    return row.slice();
  });
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      if (!Number.isFinite(a[i][j])) throw new Error(`symmetricEigen: entry [${i}][${j}] is ${a[i][j]}`);
      if (a[i][j] !== a[j][i]) throw new Error(`symmetricEigen: not symmetric at [${i}][${j}]`);
    }
  const v = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j): number => (i === j ? 1 : 0)));
  let norm = 0;
  for (const row of a) for (const x of row) norm += x * x;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p][q] * a[p][q];
    if (off <= 1e-22 * norm) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (a[p][q] === 0) continue;
        // The rotation J = [[c, s], [−s, c]] in the (p, q) plane with (c² − s²)·a_pq + cs·(a_pp − a_qq) = 0; t = s/c
        // is the smaller root of t² + 2θt − 1 = 0, θ = (a_qq − a_pp)/(2a_pq), for stability.
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k][p];
          const akq = a[k][q];
          a[k][p] = c * akp - s * akq;
          a[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p][k];
          const aqk = a[q][k];
          a[p][k] = c * apk - s * aqk;
          a[q][k] = s * apk + c * aqk;
        }
        a[p][q] = a[q][p] = 0;
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p];
          const vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[j][j] - a[i][i]);
  return { values: order.map((i) => a[i][i]), vectors: order.map((j) => v.map((row) => row[j])) };
}
