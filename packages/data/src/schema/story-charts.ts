import { z } from 'zod';

/** What an edition has, for checking `src/content/<year>/charts.json` against it (ids by kind). */
export interface StoryChartsKnown {
  year: number;
  series: ReadonlySet<string>;
  entities: ReadonlySet<string>;
  claims: ReadonlySet<string>;
  /** The claims that carry a year (a dated event cites one of these). */
  datedClaims: ReadonlySet<string>;
  conflicts: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  /** The claims ledger's text numbers (`001` of `001_16269ce5…`). */
  texts: ReadonlySet<string>;
  /** The keys of the income groups and the province groups of `entities/groups.json`. */
  incomeGroups: ReadonlySet<string>;
  provinceGroups: ReadonlySet<string>;
  /** The ids of the edition's public-record facts (`config/public-record.json`). */
  publicRecords: ReadonlySet<string>;
}

type Kind = Exclude<keyof StoryChartsKnown, 'year'>;

const NAMES: Record<Kind, string> = {
  series: 'a series id',
  entities: 'an entity code',
  claims: 'a claim id',
  datedClaims: 'a claim id with a year',
  conflicts: 'a conflict id of the claims ledger',
  sources: 'a source id of the manifest',
  texts: 'a text number of the claims ledger',
  incomeGroups: 'an income group key of entities/groups.json',
  provinceGroups: 'a province group key of entities/groups.json',
  publicRecords: 'a record id of config/public-record.json'
};

/**
 * The schema of `src/content/<year>/charts.json`: the story's per-edition choices (which series, entities, claims,
 * texts and years each section charts and cites), strict so a misspelt key fails with its JSON path. Given what the
 * edition has (`known`), every id is also checked against it: an unknown series, entity or claim fails with its path,
 * `expected a series id of edition 2027, got "…"`. Without `known` it checks the shape only (the type is inferred
 * from that). A `figures` map names `{calc:}` figures of one entity (ref name → code); each must be one of its
 * chart's `entities`.
 */
export function storyChartsSchema(known?: StoryChartsKnown) {
  const id = (kind: Kind) =>
    known
      ? z.string().refine((v) => known[kind].has(v), { message: `expected ${NAMES[kind]} of edition ${known.year}` })
      : z.string();
  const series = id('series');
  const entity = id('entities');
  const claim = id('claims');
  const entities = z.array(entity).min(1);
  const figures = z.record(z.string(), entity);
  const year = z.int().min(1900).max(9999);
  /** A chart's named entities (`figures`, `latestYearOf`, `compare`) must be among its `entities`, or have no value. */
  const inChart =
    (key: 'figures' | 'latestYearOf' | 'compare') =>
    (
      chart: { entities: string[] } & Partial<Record<typeof key, string | Record<string, string>>>,
      ctx: z.RefinementCtx
    ) => {
      const named = chart[key];
      const pairs: [string | null, string][] =
        typeof named === 'string' ? [[null, named]] : Object.entries(named ?? {});
      for (const [name, code] of pairs)
        if (!chart.entities.includes(code))
          ctx.addIssue({
            code: 'custom',
            path: name === null ? [key] : [key, name],
            message: `expected one of the chart's entities (${chart.entities.join(', ')})`,
            input: code
          });
    };
  const entityChart = z.strictObject({ series, entities, figures: figures.optional() }).superRefine(inChart('figures'));

  const flows = z.strictObject({ exports: series, imports: series });
  const texts = z.array(id('texts')).min(1);
  /** A date as precise as its text gives it: a year, or a year and a month. */
  const date = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, { message: 'expected a date YYYY or YYYY-MM' });
  /**
   * A dated step: dated by a ledger claim (its year), or, where no claim carries the date, by `date` with the text it
   * comes from (`text`, one of the chart's `texts`). `until`: the last year of a plan that runs over several.
   * `record`: the public-record fact that dates the same step otherwise, drawn beside the text's date.
   */
  const event = z
    .strictObject({
      id: z.string(),
      claim: id('datedClaims').optional(),
      date: date.optional(),
      text: id('texts').optional(),
      until: date.optional(),
      record: id('publicRecords').optional()
    })
    .superRefine((e, ctx) => {
      const dated = e.claim !== undefined;
      for (const key of ['date', 'text'] as const)
        if (dated === (e[key] !== undefined))
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: dated
              ? `expected no ${key} beside a claim, which dates the event`
              : `expected a ${key}, or a claim`,
            input: e[key]
          });
    });
  const stance = z.union([z.literal(0), z.literal(1), z.literal(2), z.null()]);
  const uniqueStrings = (ids: string[], ctx: z.RefinementCtx) =>
    ids.forEach((v, i) => {
      if (ids.indexOf(v) !== i)
        ctx.addIssue({ code: 'custom', path: [i], message: 'expected an id not listed before', input: v });
    });
  /** The stances grid is exactly issues × parties: no row or code missing, none for an issue or party not listed. */
  const stancesCover = (
    chart: { parties: string[]; issues: string[]; stances: Record<string, Record<string, unknown>> },
    ctx: z.RefinementCtx
  ) => {
    const exactly = (want: string[], got: Record<string, unknown>, path: string[], what: string) => {
      for (const k of want)
        if (!(k in got))
          ctx.addIssue({ code: 'custom', path, message: `expected a ${what} for "${k}"`, input: Object.keys(got) });
      for (const k of Object.keys(got))
        if (!want.includes(k))
          ctx.addIssue({ code: 'custom', path: [...path, k], message: `expected one of ${want.join(', ')}`, input: k });
    };
    exactly(chart.issues, chart.stances, ['stances'], 'row');
    for (const issue of chart.issues)
      if (chart.stances[issue]) exactly(chart.parties, chart.stances[issue], ['stances', issue], 'code');
  };
  /** Each event's text must be one of the chart's texts, so the chart's source lines name it. */
  const textsInChart = (chart: { texts: string[]; events: { text?: string }[] }, ctx: z.RefinementCtx) =>
    chart.events.forEach((e, i) => {
      if (e.text !== undefined && !chart.texts.includes(e.text))
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'text'],
          message: `expected one of the chart's texts (${chart.texts.join(', ')})`,
          input: e.text
        });
    });
  /** An id used twice in one list (an event, an agreement, a document) fails with the second one's path. */
  const uniqueIds = (key: string) => (list: { id: string }[], ctx: z.RefinementCtx) =>
    list.forEach((e, i) => {
      if (list.findIndex((x) => x.id === e.id) !== i)
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `expected an id not used before in ${key}`,
          input: e.id
        });
    });
  /** An item a text names without a date (a ledger claim), with the public-record facts that date it (`records`). */
  const undatedItem = z.strictObject({
    id: z.string(),
    claim,
    records: z.array(id('publicRecords')).min(1).optional()
  });
  /** A defining document: its year of publication, the link where it can be checked, `statistical` a measurement one. */
  const document = z.strictObject({ id: z.string(), year, kind: z.enum(['policy', 'statistical']), url: z.url() });
  return z.strictObject({
    /** The series the story's period calculator hands to the worker (China's exports and imports, the world's exports). */
    calculator: flows,
    definition: z
      .strictObject({
        'definition-pillars': z.strictObject({ goods: series, highTech: series, services: series, digital: series }),
        /** The documents that define digital trade, in the order drawn; `{calc:year.<id>}` is each one's year. */
        'definition-timeline': z.strictObject({
          documents: z.array(document).min(1).superRefine(uniqueIds('documents'))
        })
      })
      .optional(),
    goods: z
      .strictObject({
        'goods-merchandise': z.strictObject({ exports: series, imports: series }),
        /** `valueSeries`: the same exports in US$, for China's share of the world's. */
        'goods-high-tech': z
          .strictObject({ series, entities, valueSeries: series, figures: figures.optional() })
          .superRefine(inChart('figures')),
        /** `yearFrom`: the entities whose latest common year the chart shows (an entity without recent data left out). */
        'goods-ict': z
          .strictObject({
            series,
            entities,
            yearFrom: entities,
            vintageSource: id('sources'),
            figures: figures.optional()
          })
          .superRefine(inChart('figures')),
        /** Cross-border e-commerce: one text's value and share, and another text's share. */
        claims: z.strictObject({ cbecValue: claim, cbecShare: claim, cbecShareEarlier: claim }),
        conflict: id('conflicts')
      })
      .optional(),
    services: z
      .strictObject({
        'dds-china': flows,
        'services-dds-share': z.strictObject({ digital: series, services: series }),
        'services-dds-rank': z.strictObject({ series }),
        /** `conflict`: the ledger's group of texts stating one year's total, set beside UNCTAD's exports + imports. */
        'services-dds-sources': z.strictObject({ conflict: id('conflicts'), exports: series, imports: series }),
        'services-ip': z.strictObject({ receipts: series, payments: series }),
        'services-ict': z
          .strictObject({ series, entities, firstYear: year, figures: figures.optional() })
          .superRefine(inChart('figures')),
        /** `ddsStated`: a text's 2022 total set beside UNCTAD's; `ddsReading`: the total the ledger reads in a garbled text. */
        claims: z.strictObject({ ddsStated: claim, ddsReading: claim, ictExports: claim })
      })
      .optional(),
    data: z
      .strictObject({
        'data-secure-servers': entityChart,
        'data-secure-servers-peers': entityChart,
        'data-cybersecurity': entityChart,
        /** `snapshotYear`: the year the cable data were taken (later ready-for-service years were plans then). */
        'data-cables': z
          .strictObject({ series, entities, snapshotYear: year, figures: figures.optional() })
          .superRefine(inChart('figures')),
        /** `perUser`: the per-user series; `compare`: the region set beside the text's bandwidth claim. */
        'data-bandwidth': z
          .strictObject({ series, entities, perUser: series, compare: entity })
          .superRefine(inChart('compare')),
        /** `shareSeries`: the share of list performance, read in the computing claim's year. */
        'data-top500': z
          .strictObject({ series, entities, shareSeries: series, figures: figures.optional() })
          .superRefine(inChart('figures')),
        /** `undated`: the agreements a text names without a date, each a ledger claim, drawn apart under the axis. */
        'data-agreements': z.strictObject({
          series,
          undated: z.array(undatedItem).min(1).superRefine(uniqueIds('undated'))
        }),
        /** The data-output pair checked against each other, and the bandwidth and computing claims set beside series. */
        claims: z.strictObject({ outputValue: claim, outputWorld: claim, bandwidth: claim, computing: claim })
      })
      .optional(),
    infrastructure: z
      .strictObject({
        /** `latestYearOf`: figures that are the latest year an entity has a value (ref name → code). */
        'infra-internet': z
          .strictObject({ series, entities, latestYearOf: figures.optional() })
          .superRefine(inChart('latestYearOf')),
        'infra-broadband': entityChart,
        'infra-mobile': entityChart,
        /** `medians`: figures that are one income group's median score (ref name → group key). */
        'infra-idi': z.strictObject({ series, medians: z.record(z.string(), id('incomeGroups')).optional() }),
        /** The dated claims whose years the data are compared in. */
        claims: z.strictObject({ internet: claim, broadband: claim })
      })
      .optional(),
    guangdong: z
      .strictObject({
        panels: z.strictObject({ trade: series, express: series, gdp: series }),
        /** Province groups whose shares the copy cites, by ref prefix: `"yrd": "yrd"` gives yrdTrade, yrdGdp, yrdExpress. */
        regions: z.record(z.string(), id('provinceGroups'))
      })
      .optional(),
    bri: z
      .strictObject({
        'bri-idi': z.strictObject({ series }),
        'bri-internet': z.strictObject({ series }),
        'bri-gvc': z.strictObject({ total: series, backward: series, forward: series, highTech: series }),
        /** The members' exports summed against the world's (cited, not charted). */
        membersExports: z.strictObject({ series }),
        /** A member the list records as having left, whose exit date the copy cites. */
        exit: entity
      })
      .optional(),
    rules: z
      .strictObject({
        /**
         * How firm a position the texts attribute to each party on each issue: 2 = a binding rule sought or a clear
         * principle, 1 = a qualified or partial position, 0 = the texts say it has no specific rule, null = the texts do
         * not say. A reading of the `texts`, not a measurement; the words for each cell are in the section's
         * comparison table. `stances` has a row for every issue and, in it, a code for every party.
         */
        'rules-stances': z
          .strictObject({
            texts,
            parties: z.array(z.string()).min(1).superRefine(uniqueStrings),
            issues: z.array(z.string()).min(1).superRefine(uniqueStrings),
            stances: z.record(z.string(), z.record(z.string(), stance))
          })
          .superRefine(stancesCover),
        /**
         * `events`: China's steps as the texts date them, in the order drawn (`{calc:year.<id>}`, `{calc:until.<id>}`);
         * `undated`: the agreements a text names without a date, each a ledger claim, drawn apart under the axis and listed in the table.
         */
        'rules-timeline': z
          .strictObject({
            texts,
            events: z.array(event).min(1).superRefine(uniqueIds('events')),
            undated: z.array(undatedItem).superRefine(uniqueIds('undated'))
          })
          .superRefine(textsInChart),
        /** `compare`: the economy whose receipts and payments are set beside China's. */
        'rules-ip': z
          .strictObject({ entities, compare: entity, receipts: series, payments: series })
          .superRefine(inChart('compare'))
      })
      .optional()
  });
}

/** `src/content/<year>/charts.json`, typed. */
export type StoryCharts = z.infer<ReturnType<typeof storyChartsSchema>>;
