import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readEdition } from './read-edition.ts';

const dir = fileURLToPath(new URL('../../editions/2026/', import.meta.url));
const walk = (d: string): string[] =>
  readdirSync(d).flatMap((name) => (statSync(join(d, name)).isDirectory() ? walk(join(d, name)) : [join(d, name)]));
const committed: Record<string, string> = Object.fromEntries(
  walk(dir).map((file) => [relative(dir, file).split('\\').join('/'), readFileSync(file, 'utf8')])
);

/** The committed files with one JSON file changed by `edit`. */
const withEdit = (path: string, edit: (json: Record<string, unknown>) => void) => {
  const json = JSON.parse(committed[path]);
  edit(json);
  return { ...committed, [path]: JSON.stringify(json) };
};
const read = (files: Record<string, string>) => () => readEdition({ year: 2026, files });

describe('readEdition', () => {
  it('readEdition returns the committed 2026 edition typed: 67 series, 3 entity files, claims, framework and spec', () => {
    const e = readEdition({ year: 2026, files: committed });
    expect(e.manifest.schema).toBe(2);
    expect(e.series.size).toBe(e.manifest.series.length);
    expect(e.series.get('gdp')?.unit).toBe('US$');
    expect(e.entities.countries.entities.length).toBeGreaterThan(200);
    expect(e.entities.provinces.provinces).toHaveLength(31);
    expect(e.claims.claims.length).toBeGreaterThan(100);
    expect(e.framework?.indicators.map((i) => i.code)).toContain('DDSExpPc');
    expect(e.spec?.normalise).toEqual({ method: 'minmax', range: [1, 100] });
    expect(e.files.get('index/iData.csv')?.startsWith('uCode,uName,')).toBe(true);
    expect(e.results?.uncertainty).toMatchObject({ draws: 1000, seed: 1 });
    expect(e.results?.units).toEqual(e.framework?.units.map((u) => u.code));
    expect(e.method?.coverage.kept).toBe(e.framework?.units.length);
    expect(e.flags?.filter((f) => f.flag === 'imputed')).toHaveLength(e.method!.imputation.cells);
    expect(e.external?.map((r) => r.unit)).toEqual(e.framework?.units.map((u) => u.code));
  });

  it('readEdition rejects a method.json whose excluded economy lacks its reasons, and a pillar rule of 0', () => {
    expect(
      read(
        withEdit(
          'index/method.json',
          (m) => delete (m.coverage as { excluded: { pillars?: unknown }[] }).excluded[1].pillars
        )
      )
    ).toThrow('editions/2026/index/method.json:$.coverage.excluded[1].pillars: expected array, got nothing');
    expect(
      read(
        withEdit(
          'index/method.json',
          (m) => ((m.coverage as { pillars: { required: number }[] }).pillars[0].required = 0)
        )
      )
    ).toThrow('editions/2026/index/method.json:$.coverage.pillars[0].required: expected number to be >=1, got "0"');
  });

  it('readEdition leaves flags and external null when the edition has no such files', () => {
    const { ['index/flags.csv']: _f, ['index/external.csv']: _x, ...without } = committed;
    const e = readEdition({ year: 2026, files: without });
    expect(e.flags).toBeNull();
    expect(e.external).toBeNull();
    expect(e.method).not.toBeNull();
  });

  it('readEdition rejects a misspelt key in the manifest with its JSON path', () => {
    const files = withEdit('manifest.json', (m) => {
      m.publised = m.published;
      delete m.published;
    });
    expect(read(files)).toThrow('editions/2026/manifest.json:$.published: expected string, got nothing (and 1 more)');
  });

  it('readEdition rejects an unknown key in a localised name of the catalogue, naming the key', () => {
    const files = withEdit('catalogue.json', (c) => {
      ((c.indicators as { name: Record<string, string> }[])[2].name as Record<string, string>).eng = 'x';
    });
    expect(read(files)).toThrow(
      'editions/2026/catalogue.json:$.indicators[2].name.eng: expected only the keys the schema defines, got an unknown key "eng"'
    );
  });

  it('readEdition rejects text where a series value belongs, with entity and year index', () => {
    const files = withEdit('series/gdp.json', (s) => {
      (s.values as Record<string, unknown[]>).CHN[3] = '1.2e13';
    });
    expect(read(files)).toThrow('editions/2026/series/gdp.json:$.values.CHN[3]: expected number, got "1.2e13"');
  });

  it('readEdition rejects a province code, a BRI join date and a country kind that break their schemas', () => {
    expect(
      read(withEdit('entities/provinces.json', (p) => ((p.provinces as { code: string }[])[0].code = 'BJ')))
    ).toThrow('editions/2026/entities/provinces.json:$.provinces[0].code: expected an ISO 3166-2:CN code, got "BJ"');
    expect(
      read(withEdit('entities/bri.json', (b) => ((b.members as { joined: string }[])[0].joined = '2023/05/01')))
    ).toThrow('editions/2026/entities/bri.json:$.members[0].joined: expected an ISO date YYYY-MM-DD');
    expect(
      read(withEdit('entities/countries.json', (c) => ((c.entities as { kind: string }[])[0].kind = 'country')))
    ).toThrow('editions/2026/entities/countries.json:$.entities[0].kind: expected one of "economy"|"aggregate"');
  });

  it('readEdition rejects a claim with an unknown topic and a framework weight that is negative', () => {
    expect(read(withEdit('claims.json', (l) => ((l.claims as { topic: string }[])[5].topic = 'trade')))).toThrow(
      'editions/2026/claims.json:$.claims[5].topic: expected one of'
    );
    expect(
      read(withEdit('index/framework.json', (f) => ((f.indicators as { weight: number }[])[0].weight = -1)))
    ).toThrow('editions/2026/index/framework.json:$.indicators[0].weight: expected number to be >=0, got "-1"');
  });

  it('readEdition rejects a spec with an unknown normalisation and results whose rank is not an integer', () => {
    expect(read(withEdit('index/spec.json', (s) => (s.normalise = { method: 'minmax', rnage: [0, 1] })))).toThrow(
      'editions/2026/index/spec.json:$.normalise'
    );
    const log = { weights: {}, treated: [], logged: [], missing: [], imputed: [] };
    const results = JSON.stringify({
      schema: 2,
      units: ['CHN'],
      codes: ['Index'],
      scores: { Index: [50] },
      rank: [1.5],
      uncertainty: null,
      log,
      audit: null,
      sensitivity: null
    });
    expect(read({ ...committed, 'index/results.json': results })).toThrow(
      'editions/2026/index/results.json:$.rank[0]: expected int, got "1.5"'
    );
  });

  it('readEdition rejects a published audit of the wrong shape with its JSON path', () => {
    const badAlpha = withEdit('index/results.json', (r) => {
      (r.audit as { cronbach: Record<string, { alpha: unknown }> }).cronbach.Goods.alpha = '0.75';
    });
    expect(read(badAlpha)).toThrow(
      'editions/2026/index/results.json:$.audit.cronbach.Goods.alpha: expected number, got "0.75"'
    );
    const noVersion = withEdit('index/results.json', (r) => delete (r.audit as { schema?: number }).schema);
    expect(read(noVersion)).toThrow('editions/2026/index/results.json:$.audit.schema: expected 1, got nothing');
  });

  it('readEdition rejects a series file the manifest does not list and a listed series with no file', () => {
    expect(read({ ...committed, 'series/extra.json': committed['series/gdp.json'] })).toThrow(
      'editions/2026/manifest.json:$.series: expected an entry for series/extra.json, got none'
    );
    const { ['series/gdp.json']: _gone, ...without } = committed;
    expect(read(without)).toThrow(
      'editions/2026/series/gdp.json: expected the series listed in manifest.json, got no such file'
    );
  });

  it('readEdition migrates a schema-1 edition (no manifest files list) to the same typed edition as schema 2', () => {
    const v1: Record<string, string> = {};
    for (const [path, text] of Object.entries(committed)) {
      // Schema 1 had no index results file and no entity groups.
      if (path === 'index/results.json' || path === 'entities/groups.json') continue;
      if (!path.endsWith('.json') || path === 'claims.json') v1[path] = text;
      else {
        const json = JSON.parse(text);
        if (json.schema === 2) json.schema = 1;
        if (path === 'manifest.json') delete json.files;
        v1[path] = JSON.stringify(json);
      }
    }
    const migrated = readEdition({ year: 2026, files: v1 });
    const current = readEdition({ year: 2026, files: committed });
    expect(migrated.series).toEqual(current.series);
    expect(migrated.entities).toEqual({ ...current.entities, groups: null });
    expect(migrated.catalogue).toEqual(current.catalogue);
    expect(migrated.framework).toEqual(current.framework);
    expect(migrated.results).toBeNull();
    expect(migrated.manifest.schema).toBe(2);
    expect(migrated.manifest.files).toEqual(
      Object.keys(v1)
        .filter((p) => p !== 'manifest.json' && !p.startsWith('series/'))
        .sort()
    );
  });

  it('readEdition checks a schema-1 file against the schema-1 shape before migrating it', () => {
    const files = withEdit('series/gdp.json', (s) => {
      s.schema = 1;
      s.unti = s.unit;
    });
    expect(read(files)).toThrow('editions/2026/series/gdp.json:$.unti: expected only the keys the schema defines');
  });
});
