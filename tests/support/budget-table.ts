/** One measured figure against its limit; `ok` is false when the limit is breached. */
export interface BudgetRow {
  page: string;
  metric: string;
  value: string;
  budget: string;
  ok: boolean;
}

/** Collects rows and prints them as one Markdown table. */
export class BudgetTable {
  readonly rows: BudgetRow[] = [];

  check(row: {
    page: string;
    metric: string;
    value: number;
    limit: number;
    fmt: (n: number) => string;
    atLeast?: boolean;
  }) {
    const { page, metric, value, limit, fmt, atLeast = false } = row;
    this.rows.push({
      page,
      metric,
      value: fmt(value),
      budget: `${atLeast ? '≥' : '≤'} ${fmt(limit)}`,
      ok: atLeast ? value >= limit : value <= limit
    });
  }

  /** A measurement shown for context, with no limit of its own. */
  report(page: string, metric: string, value: string) {
    this.rows.push({ page, metric, value, budget: 'reported', ok: true });
  }

  print(): BudgetRow[] {
    type Key = 'page' | 'metric' | 'value' | 'budget';
    const width = (k: Key) => Math.max(k.length, ...this.rows.map((r) => r[k].length));
    const line = (r: Record<Key | 'ok', string>) =>
      `| ${r.page.padEnd(width('page'))} | ${r.metric.padEnd(width('metric'))} | ${r.value.padStart(width('value'))} | ${r.budget.padStart(width('budget'))} | ${r.ok} |`;
    console.log(line({ page: 'page', metric: 'metric', value: 'value', budget: 'budget', ok: 'ok' }));
    for (const r of this.rows) console.log(line({ ...r, ok: r.ok ? 'ok' : 'OVER BUDGET' }));
    return this.rows.filter((r) => !r.ok);
  }
}

export const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
