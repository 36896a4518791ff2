import { DataError } from '../../errors/data-error.ts';
import type { EntityGroupsConfig } from '../../edition/read-entity-groups-config.ts';
import { SCHEMA_VERSION, type BriFile, type CountriesFile, type GroupsFile, type ProvincesFile } from '../../schema/types.ts';
import type { EtlStep } from '../etl-step.ts';

const FILE = 'config/entity-groups.json';

function built<T>(map: ReadonlyMap<string, unknown>, output: string): T {
  const value = map.get(output) as T | undefined;
  if (value === undefined) throw new DataError({ file: 'entities/groups.json', expected: `${output} built before it`, got: 'not built' });
  return value;
}

/**
 * `entities/groups.json`: the edition's groups with their members, from `config/entity-groups.json` and the entity
 * files built before it. A dated BRI member still in whose join year no band covers, or a group without members,
 * fails the build with the config path.
 */
export function groupsFile({ config }: { config: EntityGroupsConfig }): EtlStep {
  return {
    output: 'entities/groups.json',
    sourceIds: [],
    build: (_ctx, map): GroupsFile => {
      const countries = built<CountriesFile>(map, 'entities/countries.json');
      const bri = built<BriFile>(map, 'entities/bri.json');
      const provinces = built<ProvincesFile>(map, 'entities/provinces.json');
      const economies = countries.entities.filter((e) => e.kind === 'economy');
      const regions = [...new Set(economies.flatMap((e) => (e.region ? [e.region] : [])))].sort();
      const dated = bri.members.filter((m) => m.joined && !m.exited);
      for (const m of dated) {
        const year = Number(m.joined!.slice(0, 4));
        if (!config.briJoinBands.some((b) => year >= b.from && year <= b.to))
          throw new DataError({ file: FILE, column: '$.briJoinBands', expected: `a band covering ${m.code}'s join year`, got: String(year) });
      }
      const groups: GroupsFile = {
        schema: SCHEMA_VERSION,
        regions: regions.map((name) => ({ name, members: economies.filter((e) => e.region === name).map((e) => e.code) })),
        incomeGroups: config.incomeGroups.map((g) => ({ ...g, members: economies.filter((e) => e.incomeGroup === g.name).map((e) => e.code) })),
        briJoinBands: config.briJoinBands.map((b) => ({
          ...b,
          members: dated.filter((m) => Number(m.joined!.slice(0, 4)) >= b.from && Number(m.joined!.slice(0, 4)) <= b.to).map((m) => m.code)
        })),
        provinceGroups: config.provinceGroups.map((g) => ({
          key: g.key,
          members: provinces.provinces
            .filter((p) => g.regions?.includes(p.region) || g.groups?.some((k) => (p.groups as string[]).includes(k)) || g.codes?.includes(p.code))
            .map((p) => p.code)
        }))
      };
      const lists: [string, { members: string[] }[]][] = [
        ['incomeGroups', groups.incomeGroups],
        ['briJoinBands', groups.briJoinBands],
        ['provinceGroups', groups.provinceGroups]
      ];
      for (const [name, list] of lists)
        list.forEach((g, i) => {
          if (g.members.length === 0) throw new DataError({ file: FILE, column: `$.${name}[${i}]`, expected: 'a group with members', got: 'none' });
        });
      return groups;
    }
  };
}
