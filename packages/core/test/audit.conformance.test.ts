import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.ts';
import { sharedInput } from './shared-input.ts';

// The ASEM example of the JRC's COINr 1.1.14 (../shared/conformance/coinr-asem, read in place). The folder holds no
// COINr audit outputs, so the expected numbers below were computed independently by test/reference/asem_audit.py
// (numpy 2.4.6, scipy 1.17.1) from COINr's OWN normalised indicators and aggregate scores (a_*_normalised.csv,
// a_*_results.csv and b_* for the treated pipeline) — not from this engine — with COINr's definitions: alpha from
// pairwise-complete (n − 1) covariances, pairwise-complete Pearson and Spearman (ranks within each pair's complete
// cases), numpy.linalg.eigh of the complete-case correlation matrix. Printed to 15 significant digits.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = resolve(repoRoot, '../shared/conformance/coinr-asem');
const present = sharedInput(resolve(dir, 'asem_idata.csv'), 'audit conformance (COINr ASEM)');
const file = (name: string) => resolve(dir, name);

async function audit(spec?: object) {
  let out = '';
  let err = '';
  const code = await runCli(
    [
      'audit',
      '--data',
      file('asem_idata.csv'),
      '--meta',
      file('asem_imeta.csv'),
      ...(spec ? ['--spec', 'spec.json'] : [])
    ],
    {
      readFile: (p) => (p === 'spec.json' ? JSON.stringify(spec) : readFileSync(p, 'utf8')),
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      now: () => 0
    }
  );
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out);
}

const reference = {
  a: {
    spec: undefined,
    cronbach: {
      Physical: 0.738488693466093,
      ConEcFin: 0.923766538828929,
      Political: 0.636672633607809,
      Instit: 0.202015160159311,
      P2P: 0.869541578578216,
      Environ: 0.575315044511752,
      Social: 0.865230886448506,
      SusEcFin: -0.440608639086201,
      Conn: 0.855337312748,
      Sust: -0.29716101830148,
      Index: 0.490186053074185
    },
    pca: {
      Physical: [
        2.87475296988045, 1.73018760829292, 1.28560534604574, 0.785614808079573, 0.484138880610627, 0.396825349045192,
        0.262095732953775, 0.180779305091724
      ],
      ConEcFin: [3.8948856834347, 0.680601633748163, 0.214992087246523, 0.153457377314076, 0.0560632182565364],
      Political: [1.88062992851696, 1.00860202772797, 0.110768043755072],
      Instit: [
        3.45196065544247, 1.33899646542006, 0.593589733415971, 0.263008441248573, 0.221235056414804, 0.131209648058119
      ],
      P2P: [
        4.94235553703693, 1.33889876174917, 0.577957307158557, 0.420507647877456, 0.381049117413552, 0.25083293070109,
        0.0540484333049441, 0.0343502647583051
      ],
      Environ: [2.39050651273407, 1.15699666048004, 0.716744696989804, 0.488933200806507, 0.246818928989581],
      Social: [
        4.85856109748109, 1.26689541907241, 0.95801629433804, 0.621479742733659, 0.595255621430357, 0.323030378189141,
        0.180312238687187, 0.130090733361655, 0.0663584747064616
      ],
      SusEcFin: [2.41172266208465, 0.978709911798165, 0.842192858469328, 0.506286528933596, 0.261088038714259],
      Conn: [3.27966738790582, 1.23475684042728, 0.279088706696365, 0.136193031287486, 0.0702940336830492],
      Sust: [1.28228979888423, 0.888540777218576, 0.829169423897196],
      Index: [1.38945396585648, 0.610546034143525]
    },
    pearson: {
      'Goods|Services': 0.888672912612749,
      'Flights|Embs': 0.652709397637899,
      'Gas|Index': 0.400660832719147,
      'Physical|Conn': 0.929981175980915,
      'Conn|Sust': 0.389453965856476
    },
    spearman: {
      'Goods|Services': 0.884977375565611,
      'Flights|Embs': 0.80441053116254,
      'Gas|Index': 0.404886877828054,
      'Physical|Conn': 0.907149321266968,
      'Conn|Sust': 0.393031674208145
    },
    sums: [788.176247700782, 841.611244238171]
  },
  b: {
    spec: { treat: { method: 'winsorise', winmax: 5, skewThreshold: 2, kurtosisThreshold: 3.5 } },
    cronbach: {
      Physical: 0.761055091138973,
      ConEcFin: 0.928181705599592,
      Political: 0.636672633607809,
      Instit: 0.298215743867801,
      P2P: 0.900428165160493,
      Environ: 0.521314311429067,
      Social: 0.870367095323586,
      SusEcFin: -0.440608639086201,
      Conn: 0.866405897671874,
      Sust: -0.337569856846392,
      Index: 0.526892367871078
    },
    pca: {
      Physical: [
        2.9767800312915, 1.8104694829229, 1.302828530789, 0.655399495627488, 0.463463372179137, 0.364791310978908,
        0.245206079271339, 0.181061696939727
      ],
      ConEcFin: [3.90933768493258, 0.625188779892142, 0.225465671010209, 0.155643017261066, 0.084364846904002],
      Political: [1.88062992851696, 1.00860202772797, 0.110768043755072],
      Instit: [
        3.5133861513714, 1.30084991226011, 0.618608114165064, 0.2619792350952, 0.192782696410729, 0.112393890697496
      ],
      P2P: [
        5.18665990361486, 1.30907353282313, 0.616790930648381, 0.326194304593191, 0.273065968386759, 0.20763225626371,
        0.0533662009616754, 0.0272169027082932
      ],
      Environ: [2.37537541160507, 1.2250766814231, 0.676588674295394, 0.477597906978969, 0.245361325697473],
      Social: [
        4.98100210069299, 1.21181091551203, 0.937814791452993, 0.667240986776092, 0.590609475451352, 0.310576072263846,
        0.134403421019509, 0.12503682076258, 0.0415054160686054
      ],
      SusEcFin: [2.41172266208465, 0.978709911798165, 0.842192858469328, 0.506286528933596, 0.261088038714259],
      Conn: [3.34509554708837, 1.21840631822306, 0.243031275216466, 0.1275636224668, 0.0659032370053016],
      Sust: [1.2599521441421, 0.93247389232391, 0.807573963533993],
      Index: [1.45255097406365, 0.547449025936351]
    },
    pearson: {
      'Goods|Services': 0.877136983490547,
      'Flights|Embs': 0.665267276744587,
      'Gas|Index': 0.456948785796294,
      'Physical|Conn': 0.939240510752051,
      'Conn|Sust': 0.452550974063649
    },
    spearman: {
      'Goods|Services': 0.884876463032246,
      'Flights|Embs': 0.804428731113472,
      'Gas|Index': 0.434308468628546,
      'Physical|Conn': 0.917828054298642,
      'Conn|Sust': 0.478009049773756
    },
    sums: [832.676321836611, 854.289769825371]
  }
};

describe('dtr audit on COINr’s ASEM example (alpha, r, ρ to 1e-9; eigenvalues to 1e-9)', () => {
  for (const [name, ref] of Object.entries(reference)) {
    describe.runIf(present)(`pipeline ${name}`, () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the parsed JSON report
      let got: any = null;
      beforeAll(async () => {
        got = await audit(ref.spec);
      });
      it(`${name}: Cronbach's α of all 11 aggregates matches (±1e-9)`, () => {
        for (const [code, alpha] of Object.entries(ref.cronbach))
          expect(Math.abs(got.cronbach[code].alpha - alpha), code).toBeLessThan(1e-9);
        expect(got.cronbach.Physical.k).toBe(8);
        expect(got.cronbach.Index.k).toBe(2);
      });
      it(`${name}: PCA eigenvalues of all 11 aggregates match, variance explained = eigenvalue / k (±1e-9)`, () => {
        for (const [code, values] of Object.entries(ref.pca)) {
          expect(got.pca[code].eigenvalues.length, code).toBe(values.length);
          values.forEach((e, i) => {
            expect(Math.abs(got.pca[code].eigenvalues[i] - e), `${code} λ${i + 1}`).toBeLessThan(1e-9);
            expect(Math.abs(got.pca[code].varianceExplained[i] - e / values.length)).toBeLessThan(1e-9);
          });
        }
      });
      it(`${name}: Pearson and Spearman match on named pairs and summed over the 60 × 60 matrix (±1e-9)`, () => {
        for (const method of ['pearson', 'spearman'] as const) {
          const { codes, matrix } = got.correlation[method];
          expect(codes.length).toBe(49 + 11);
          expect(codes.slice(0, 2)).toEqual(['LPI', 'Flights']);
          expect(codes.slice(49)).toEqual([
            'Physical',
            'ConEcFin',
            'Political',
            'Instit',
            'P2P',
            'Environ',
            'Social',
            'SusEcFin',
            'Conn',
            'Sust',
            'Index'
          ]);
          for (const [pair, r] of Object.entries(ref[method])) {
            const [x, y] = pair.split('|');
            expect(Math.abs(matrix[codes.indexOf(x)][codes.indexOf(y)] - r), `${method} ${pair}`).toBeLessThan(1e-9);
          }
          const sum = matrix.flat().reduce((s: number, v: number | null) => s + (v ?? 0), 0);
          expect(Math.abs(sum - ref.sums[method === 'pearson' ? 0 : 1]), `${method} sum`).toBeLessThan(1e-9);
        }
      });
    });
  }
});
