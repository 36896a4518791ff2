/**
 * Sanity limit on one series file, gzipped. Series files are build inputs the browser never loads (pages get slices),
 * so this only catches a runaway ETL (e.g. a wide file read as long); it is generous on purpose: values are never
 * rounded to fit a budget. The largest 2026 series (gdp-per-capita) is about 51 KB gzipped.
 */
export const MAX_SERIES_GZIP_BYTES = 1024 * 1024;

/**
 * What the browser may load for one chart (an embed's or a story chart's payload), gzipped. Enforced on the app's
 * payloads (apps/report), not on series files.
 */
export const MAX_PAYLOAD_GZIP_BYTES = 50 * 1024;
