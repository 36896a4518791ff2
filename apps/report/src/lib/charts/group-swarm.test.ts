import { briMemberOn } from '@dtr/data';
import { describe, expect, it } from 'vitest';
import { getEdition } from '$lib/server/edition';
import { groupSwarm } from './group-swarm';

const edition = getEdition(2026);
const { bri } = edition.entities;
// entities/bri.json: Italy joined 2019-03-01 and left 2023-06-12.
const groupOf = (code: string, year: number) =>
  code.length === 3 && code !== 'WLD' ? (briMemberOn(code, `${year}-12-31`, bri) ? 'member' : 'other') : null;

describe('groupSwarm', () => {
  it('groups each economy as of the swarm’s own year: Italy is a Belt and Road member in 2022, not in 2018 (before it joined) or at the end of 2023 (after it left)', () => {
    const at = (year: number) =>
      groupSwarm(edition, { seriesId: 'dds-exports', groups: ['member', 'other'], groupOf, year }).points.find(
        (p) => p.id === 'ITA'
      )?.group;
    expect(at(2022)).toBe('member');
    expect(at(2018)).toBe('other');
    expect(at(2023)).toBe('other');
  });
});
