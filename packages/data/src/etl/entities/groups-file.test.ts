import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEtlContext } from '../etl-context.ts';
import { groupsFile } from './groups-file.ts';

const EDITION = new URL('../../../editions/2026/', import.meta.url).pathname;
const json = (file: string) => JSON.parse(readFileSync(`${EDITION}${file}`, 'utf8'));
const built = new Map(['entities/countries.json', 'entities/bri.json', 'entities/provinces.json'].map((f) => [f, json(f)]));
const ctx = createEtlContext('/nonexistent', []);
const config = json('config/entity-groups.json');

describe('groupsFile', () => {
  it('groupsFile reproduces the committed entities/groups.json from the committed entity files and config', () => {
    expect(groupsFile({ config }).build(ctx, built)).toEqual(json('entities/groups.json'));
  });

  it('groupsFile fails with the config path when a dated BRI member falls outside every join band', () => {
    const narrow = { ...config, briJoinBands: config.briJoinBands.slice(1) };
    expect(() => groupsFile({ config: narrow }).build(ctx, built)).toThrow(
      "config/entity-groups.json:$.briJoinBands: expected a band covering"
    );
  });

  it('groupsFile fails on a group without members', () => {
    const empty = { ...config, incomeGroups: [...config.incomeGroups, { key: 'none', name: 'No such income' }] };
    expect(() => groupsFile({ config: empty }).build(ctx, built)).toThrow(
      'config/entity-groups.json:$.incomeGroups[4]: expected a group with members, got none'
    );
  });
});
