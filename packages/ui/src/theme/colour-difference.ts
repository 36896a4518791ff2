/**
 * Colour-vision-deficiency simulation and colour difference, for testing that palettes stay distinguishable.
 * @see Machado, Oliveira & Fernandes (2009), "A physiologically-based model for simulation of color vision
 *   deficiency", IEEE TVCG 15(6) — severity 1.0 matrices, applied to linear RGB.
 * @see CIE 1976 L*a*b* (D65) and ΔE*ab.
 */
export type Vision = 'normal' | 'protan' | 'deutan' | 'tritan';

const matrices: Record<Vision, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1]
  ],
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998]
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881]
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039]
  ]
};

function linear(hex: string): number[] {
  return [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
}

function toLab([r, g, b]: number[]): number[] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** ΔE*ab between two hex colours as seen with the given vision. */
export function colourDifference(a: string, b: string, vision: Vision = 'normal'): number {
  const m = matrices[vision];
  const seen = (hex: string) => {
    const c = linear(hex);
    return toLab(m.map((row) => Math.min(1, Math.max(0, row[0] * c[0] + row[1] * c[1] + row[2] * c[2]))));
  };
  const [p, q] = [seen(a), seen(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** The smallest difference between any two of `colours` under any of the four visions. */
export function minimumDifference(colours: string[]): number {
  let min = Infinity;
  for (const vision of Object.keys(matrices) as Vision[])
    for (let i = 0; i < colours.length; i++)
      for (let j = i + 1; j < colours.length; j++)
        min = Math.min(min, colourDifference(colours[i], colours[j], vision));
  return min;
}
