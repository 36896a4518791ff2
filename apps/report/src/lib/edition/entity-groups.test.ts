import { describe, expect, it } from 'vitest';
import { getEdition } from '$lib/server/edition';
import { entityGroups } from './entity-groups';

describe('entityGroups', () => {
  it("entityGroups returns the 2026 edition's groups as the ETL wrote them: 151 BRI members less Italy and 4 undated in bands", () => {
    const groups = entityGroups(getEdition(2026));
    expect(groups.briJoinBands.reduce((n, b) => n + b.members.length, 0)).toBe(151 - 1 - 4);
    expect(groups.provinceGroups.find((g) => g.key === 'gd')?.members).toEqual(['CN-GD']);
    expect(groups.incomeGroups.map((g) => g.key)).toEqual(['high', 'upper-middle', 'lower-middle', 'low']);
  });

  it('entityGroups names the missing file of an edition built without groups', () => {
    const edition = getEdition(2026);
    expect(() => entityGroups({ ...edition, entities: { ...edition.entities, groups: null } })).toThrow(
      'editions/2026/entities/groups.json: expected the entity groups (pnpm edition build 2026), got no such file'
    );
  });
});
