import type { Locale } from '../format/locale.ts';
import { labels } from '../labels.ts';
import type { Annotation } from './annotation.ts';

/** The annotations as one sentence for the chart's text alternative, so a screen reader hears what the chart points at. */
export function describeAnnotations(o: { annotations: Annotation[]; locale: Locale }): string {
  if (o.annotations.length === 0) return '';
  const t = labels[o.locale];
  return t.marked({ items: o.annotations.map((a) => a.label).join(t.clauseSeparator) });
}
