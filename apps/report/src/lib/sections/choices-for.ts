import { DataError, type StoryCharts } from '@dtr/data';

/** One section's choices from the edition's `charts.json`; a section the story lists without its block fails, named. */
export function choicesFor<K extends keyof StoryCharts>({
  charts,
  section
}: {
  charts: { file: string; choices: StoryCharts };
  section: K;
}): NonNullable<StoryCharts[K]> {
  const choices = charts.choices[section];
  if (!choices)
    throw new DataError({
      file: charts.file,
      column: `$.${section}`,
      expected: `the series, entities and claims of the section "${section}" (story.json lists it)`,
      got: 'nothing'
    });
  return choices as NonNullable<StoryCharts[K]>;
}
