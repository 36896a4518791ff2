/** The changelog of one edition. */
export const changelog = {
  title: (p: { edition: number }) => `${p.edition} edition changelog`,
  heading: (p: { edition: number }) => `Changelog of the ${p.edition} edition`,
  read: (p: { edition: number }) => `Read the ${p.edition} edition`,
  all: 'All editions',
  first: (p: { edition: number; published: string }) =>
    `The ${p.edition} edition (published ${p.published}) is the first edition; there is no earlier edition to compare with.`,
  compared: (p: { previous: number | null }) =>
    `Compared with the ${p.previous} edition. A revision is a value present in both editions that changed by more than the series' tolerance (relative change); an index rank change is marked “within noise” when each edition's nominal rank lies inside the other's 5–95 % uncertainty interval.`,
  series: 'Series',
  added: 'Added: ',
  removed: 'Removed: ',
  sourcesAdded: 'Sources added: ',
  sourcesRemoved: 'removed: ',
  vintage: 'vintage',
  revised: (p: { revised: number; tolerance: string; added: number; removed: number }) =>
    `${p.revised} values revised beyond ${p.tolerance} %, ${p.added} values added, ${p.removed} removed.`,
  yearsAdded: 'Years added: ',
  unitChanged: 'Unit changed: ',
  economy: 'Economy',
  year: 'Year',
  change: 'Change',
  fromZero: 'from 0',
  more: (p: { count: number }) => `${p.count} more revisions (see pnpm edition diff --all).`,
  claims: 'Claims',
  index: 'Index',
  methodChanges: (p: { count: number }) => `Method changes: ${p.count}`,
  ranks: (p: { changed: number; beyond: number; entered: string; left: string }) =>
    `Rank changes: ${p.changed} economies, ${p.beyond} beyond noise. Entered: ${p.entered}; left: ${p.left}.`,
  rankChanges: 'Rank changes',
  reading: 'Reading',
  withinNoise: 'within noise',
  beyondNoise: 'beyond noise'
};
