import { z } from 'zod';
import type { ChartCopy, EvidenceFigure, SectionCopy, StepAnnotation, StoryMeta, TaxonomyNode } from './story';

/**
 * Schemas of the story copy files (`src/content/<year>/<locale>/*.json`), strict so a misspelt key fails with its JSON
 * path. Annotated with the copy types of story.ts, so the compiler keeps the two in step.
 */
const coordinate = z.union([z.number(), z.string()]);
const stepAnnotationSchema: z.ZodType<StepAnnotation> = z.strictObject({
  kind: z.enum(['rule', 'band', 'threshold', 'point', 'callout']),
  label: z.string(),
  x: coordinate.optional(),
  x0: coordinate.optional(),
  x1: coordinate.optional(),
  y: coordinate.optional(),
  series: z.string().optional()
});
const stepSchema = z.strictObject({
  id: z.string(),
  chart: z.string(),
  highlight: z.string(),
  text: z.string(),
  more: z.string().optional(),
  annotations: z.array(stepAnnotationSchema).optional()
});

const words = z.record(z.string(), z.string());

const chartCopySchema: z.ZodType<ChartCopy> = z.strictObject({
  title: z.string(),
  subtitle: z.string(),
  description: z.string(),
  notes: z.string(),
  series: words.optional(),
  columns: words.optional(),
  labels: words.optional()
});

const evidenceFigureSchema: z.ZodType<EvidenceFigure> = z.strictObject({
  kind: z.enum(['measured', 'claim']),
  label: z.string(),
  value: z.string(),
  source: z.string()
});

const taxonomyNodeSchema: z.ZodType<TaxonomyNode> = z.strictObject({
  id: z.string(),
  label: z.string(),
  text: z.string(),
  get children() {
    return z.array(taxonomyNodeSchema).optional();
  }
});

export const sectionCopySchema: z.ZodType<SectionCopy> = z.strictObject({
  id: z.string(),
  heading: z.string(),
  intro: z.string(),
  finding: z
    .strictObject({
      text: z.string(),
      spark: z.strictObject({ series: z.string(), entity: z.string(), label: z.string() })
    })
    .optional(),
  steps: z.array(stepSchema),
  takeaway: z.string(),
  charts: z.record(z.string(), chartCopySchema),
  taxonomy: z.strictObject({ heading: z.string(), intro: z.string(), nodes: z.array(taxonomyNodeSchema) }).optional(),
  evidence: z
    .strictObject({ heading: z.string(), intro: z.string(), figures: z.array(evidenceFigureSchema) })
    .optional(),
  conflicts: z
    .array(
      z.strictObject({
        group: z.string(),
        heading: z.string(),
        figures: z.array(evidenceFigureSchema),
        text: z.string(),
        reasons: z.string()
      })
    )
    .optional(),
  explainers: z
    .array(
      z.strictObject({
        id: z.string(),
        heading: z.string(),
        intro: z.string(),
        items: z.array(z.strictObject({ id: z.string(), title: z.string(), text: z.string() })),
        note: z.string().optional(),
        source: z.string()
      })
    )
    .optional(),
  comparison: z
    .strictObject({
      heading: z.string(),
      intro: z.string(),
      caption: z.string(),
      issueLabel: z.string(),
      parties: z.array(z.strictObject({ id: z.string(), label: z.string() })),
      rows: z.array(z.strictObject({ id: z.string(), label: z.string(), cells: words })),
      source: z.string()
    })
    .optional()
});

/** Why the story leaves a ledger claim out (`claimsNotUsed` in story.json; see `claimsUse`). */
export const CLAIM_NON_USE = ['duplicate', 'detail', 'garbled', 'undated', 'off-topic', 'weak'] as const;

/**
 * `src/content/<year>/story.json`: the sections of the edition's story, in reading order, and the ledger claims its
 * copy deliberately leaves out, each with a reason and a note for the next editor.
 */
export const storyOutlineSchema = z.strictObject({
  sections: z.array(z.string()).min(1),
  claimsNotUsed: z
    .record(z.string(), z.strictObject({ reason: z.enum(CLAIM_NON_USE), note: z.string().trim().min(1) }))
    .optional()
});

export const storyMetaSchema: z.ZodType<StoryMeta> = z.strictObject({
  title: z.string(),
  kicker: z.string(),
  dek: z.string(),
  calculator: words,
  sources: z.record(z.string(), z.strictObject({ name: z.string(), licence: z.string() }))
});
