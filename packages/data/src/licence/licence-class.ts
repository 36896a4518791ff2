/** How a source's licence lets its data be republished in a chart. */
export type LicenceClass = 'cc-by' | 'cc-by-nc-sa' | 'public-domain' | 'terms';

/**
 * Classifies a licence as the registry writes it: "CC BY 4.0" (attribution only), any "CC BY-NC-SA …" (non-commercial,
 * share-alike), a public-domain work, and everything else — no open licence, the publisher's own terms.
 */
export function licenceClass(licence: string): LicenceClass {
  const text = licence.trim();
  if (/^CC BY-NC-SA\b/i.test(text)) return 'cc-by-nc-sa';
  if (/^CC BY \d/i.test(text)) return 'cc-by';
  if (/public domain/i.test(text) && !/;/.test(text)) return 'public-domain';
  return 'terms';
}
