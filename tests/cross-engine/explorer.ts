import { expectNoPageErrors } from './page-errors.ts';
import type { Session } from './session.ts';
import { waitFor } from './wait-for.ts';

const ready = `var e = document.querySelector('.explorer');
return !!e && e.dataset.ready === 'true' && e.dataset.busy === 'false';`;

/** The economies of the full ranking in rank order (the table opened if closed), once the explorer is idle. */
const ranking = `var d = document.querySelector('details.full');
if (d && !d.open) d.open = true;
var e = document.querySelector('.explorer');
if (e.dataset.busy !== 'false') return null;
return [...document.querySelectorAll('[data-testid=full-ranking] tbody tr')].map(function (r) {
  return r.querySelector('th').textContent.replace(/\\s+/g, ' ').trim();
});`;

/**
 * The explorer re-weighted as a reader does it: type a weight of 5 for goods and leave the field. The URL must carry
 * the weight and the order of the economies in the ranking must change (the same economies, in another order).
 */
export async function reweightExplorer({ session, origin }: { session: Session; origin: string }): Promise<string> {
  const where = 'explorer';
  await session.open({ url: `${origin}/explorer/`, width: 1366, height: 900 });
  await waitFor({ probe: () => session.run<boolean>(ready), what: `${where}: ready`, timeout: 60_000 });
  const before = await waitFor({
    probe: async () => {
      const rows = await session.run<string[] | null>(ranking);
      return rows && rows.length >= 10 && rows;
    },
    what: `${where}: the full ranking`
  });
  await session.type('#w-Goods', '5');
  await waitFor({
    probe: async () => (await session.run<string>('return location.search')) === '?w=Goods:5',
    what: `${where}: the URL to become ?w=Goods:5`
  });
  const after = await waitFor({
    probe: async () => {
      const rows = await session.run<string[] | null>(ranking);
      return rows && rows.length === before.length && rows.join('\n') !== before.join('\n') && rows;
    },
    what: `${where}: the ranking to change after re-weighting`,
    timeout: 60_000
  });
  await expectNoPageErrors({ session, where });
  if ([...after].sort().join('\n') !== [...before].sort().join('\n'))
    throw new Error(`${where}: re-weighting changed which economies are ranked, not only their order`);
  const moved = after.filter((name, i) => name !== before[i]).length;
  return `?w=Goods:5, ${moved} of ${after.length} economies changed rank (first: ${before[0]} → ${after[0]})`;
}
