import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { SCHEMA_VERSION, type ConfigSource } from '../schema/types.ts';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DataError } from '../errors/data-error.ts';
import { createEtlContext } from '../etl/etl-context.ts';
import { applyNullRules } from '../gate/apply-null-rules.ts';
import { checkSeriesRule } from '../gate/check-series-rule.ts';
import type { NulledCell } from '../gate/series-rule.ts';
import type { Series } from '../schema/types.ts';
import type { EtlStep } from '../etl/etl-step.ts';
import { stableJson } from '../json/stable-json.ts';
import { validateEdition } from '../validate/validate-edition.ts';
import { manifestFromSteps } from './manifest-from-steps.ts';
import { CONFIG_DIR } from './read-framework-config.ts';
import { readEditionConfig, type EditionConfig } from './read-edition-config.ts';
import { readSourcesConfig } from './read-sources-config.ts';
import type { ConsistencyCheck } from '../schema/consistency-checks-config.ts';

/** Files another step (the claims ledger) owns; kept from the previous build when that step is not available. */
const CLAIMS_FILES = ['claims.json', 'claims.csv'];
/** The cells the series rules nulled (placeholder zeros, excluded impossible values), each with its reason. */
const NOTES_FILE = 'notes.json';

export interface BuildEditionOptions {
  edition: number;
  rawDir: string;
  /** Folder holding `<edition>/`, normally packages/data/editions. */
  editionsDir: string;
  /** The ETL steps to run (an edition's, from its configuration: `editionSteps`). */
  steps: EtlStep[];
  /** Overrides the edition's `config/edition.json`, e.g. for an edition built in a temporary folder by a test. */
  config?: Pick<EditionConfig, 'published'>;
  /** Runs on the temporary folder after the steps and the claims, before validation and the swap (e.g. the index). */
  finish?: (dir: string) => void;
  /** The source registry; by default the edition's `config/sources.json`. */
  sources?: readonly ConfigSource[];
  /** The consistency checks; by default the edition's `config/checks.json`. */
  checks?: readonly ConsistencyCheck[];
  /** The claims ledger step (owned by src/claims); skipped when its module does not exist. */
  claims?: { module: string; claimsDir: string; seedsDir?: string };
}

export interface BuildEditionResult {
  dir: string;
  files: string[];
}

/**
 * Runs every step into a temporary folder, validates it, then swaps it in with renames. Any error leaves the previous
 * edition folder untouched and is rethrown.
 */
export async function buildEdition(options: BuildEditionOptions): Promise<BuildEditionResult> {
  const finalDir = join(options.editionsDir, String(options.edition));
  const config = options.config ?? readEditionConfig({ configDir: join(finalDir, CONFIG_DIR) });
  if (!existsSync(options.rawDir))
    throw new DataError({ file: options.rawDir, expected: 'the raw data folder', got: 'no such folder' });
  const { steps } = options;
  const tmpDir = join(options.editionsDir, `.${options.edition}.tmp-${process.pid}`);
  const oldDir = join(options.editionsDir, `.${options.edition}.old-${process.pid}`);
  rmSync(tmpDir, { recursive: true, force: true });
  try {
    // The edition's configuration (config/: framework, source and series catalogues) is the maintainer's input, kept.
    if (existsSync(join(finalDir, CONFIG_DIR)))
      cpSync(join(finalDir, CONFIG_DIR), join(tmpDir, CONFIG_DIR), { recursive: true });
    const sources = options.sources ?? readSourcesConfig({ configDir: join(finalDir, CONFIG_DIR) });
    const ctx = createEtlContext(options.rawDir, sources);
    const files = new Map<string, string>();
    const built = new Map<string, unknown>();
    const nulled: NulledCell[] = [];
    const violations: DataError[] = [];
    for (const step of steps) {
      const data = await step.build(ctx, built);
      if (step.output.startsWith('series/') && step.rules) {
        nulled.push(...applyNullRules({ series: data as Series, rule: step.rules }));
        violations.push(...checkSeriesRule({ series: data as Series, rule: step.rules }));
      }
      built.set(step.output, data);
    }
    if (violations.length > 0)
      throw new AggregateError(
        violations,
        `edition ${options.edition}: ${violations.length} impossible values, nothing written`
      );
    for (const [output, data] of built) files.set(output, stableJson(data));
    if (nulled.length > 0) files.set(NOTES_FILE, stableJson({ schema: SCHEMA_VERSION, nulled }));
    for (const [file, text] of files) {
      mkdirSync(dirname(join(tmpDir, file)), { recursive: true });
      writeFileSync(join(tmpDir, file), text);
    }
    const seriesIds = steps.filter((step) => step.output.startsWith('series/')).map((step) => step.output.slice(7, -5));
    const extraFiles = await buildClaimsInto(tmpDir, finalDir, seriesIds, options);
    const notes = nulled.length > 0 ? [NOTES_FILE] : [];
    const manifest = manifestFromSteps({
      edition: options.edition,
      published: config.published,
      steps,
      extraFiles: [...notes, ...extraFiles],
      sources
    });
    writeFileSync(join(tmpDir, 'manifest.json'), stableJson(manifest));
    options.finish?.(tmpDir);
    const errors = validateEdition(tmpDir, { checks: options.checks });
    if (errors.length > 0)
      throw new AggregateError(errors, `edition ${options.edition} failed validation (${errors.length} errors)`);
    if (existsSync(finalDir)) renameSync(finalDir, oldDir);
    try {
      renameSync(tmpDir, finalDir);
    } catch (error) {
      if (existsSync(oldDir)) renameSync(oldDir, finalDir);
      throw error;
    }
    rmSync(oldDir, { recursive: true, force: true });
    return { dir: finalDir, files: ['manifest.json', ...files.keys(), ...extraFiles].sort() };
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
}

/** Runs the claims step if its module exists, else carries the previous claims files over; returns the files present. */
async function buildClaimsInto(
  tmpDir: string,
  finalDir: string,
  seriesIds: string[],
  options: BuildEditionOptions
): Promise<string[]> {
  const step = options.claims;
  if (step && existsSync(step.module)) {
    const claims = (await import(pathToFileURL(step.module).href)) as { buildClaims?: (opts: object) => unknown };
    if (typeof claims.buildClaims !== 'function')
      throw new DataError({ file: step.module, expected: 'an exported buildClaims(opts)', got: 'none' });
    await claims.buildClaims({
      claimsDir: step.claimsDir,
      ...(step.seedsDir && existsSync(step.seedsDir) ? { seedsDir: step.seedsDir } : {}),
      indicators: seriesIds,
      editionDir: tmpDir
    });
  } else {
    for (const file of CLAIMS_FILES)
      if (existsSync(join(finalDir, file))) cpSync(join(finalDir, file), join(tmpDir, file));
  }
  return CLAIMS_FILES.filter((file) => existsSync(join(tmpDir, file)));
}
