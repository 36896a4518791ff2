/** The shape of a story copy file: prose only; figures are `{calc:…}` references resolved at build time. */
export interface Step {
  id: string;
  /** Which series the chart emphasises at this step. */
  highlight: string;
  text: string;
}

export interface Section {
  id: string;
  heading: string;
  intro: string;
  chart: string;
  steps: Step[];
  takeaway: string;
}

export interface ChartCopy {
  title: string;
  subtitle: string;
  /** Text alternative read instead of the picture. */
  description: string;
  notes: string;
  series: Record<string, string>;
  columns: Record<string, string>;
}

export interface Story {
  title: string;
  kicker: string;
  dek: string;
  sections: Section[];
  calculator: Record<string, string>;
  charts: Record<string, ChartCopy>;
}
