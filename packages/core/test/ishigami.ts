/**
 * The Ishigami function on u ∈ [0, 1)³ mapped to x = −π + 2πu: sin x₁ + a sin² x₂ + b x₃⁴ sin x₁, the standard test
 * of Sobol estimators. With a = 7, b = 0.1: S = (0.3139, 0.4424, 0), S_T = (0.5576, 0.4424, 0.2437).
 * @see Ishigami, T. & Homma, T. (1990) An importance quantification technique in uncertainty analysis for computer
 * models. Proc. ISUMA '90, 398–403; Saltelli et al. (2010) Comput. Phys. Commun. 181, 259–270.
 */
export function ishigami({ a = 7, b = 0.1 }: { a?: number; b?: number } = {}): (u: Float64Array) => number {
  return (u) => {
    const x1 = Math.PI * (2 * u[0] - 1);
    const x2 = Math.PI * (2 * u[1] - 1);
    const x3 = Math.PI * (2 * u[2] - 1);
    return Math.sin(x1) + a * Math.sin(x2) ** 2 + b * x3 ** 4 * Math.sin(x1);
  };
}
