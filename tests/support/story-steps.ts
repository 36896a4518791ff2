import type { Page } from '@playwright/test';

/** A selector for every step of the story on the page, in reading order: `#section [data-step="id"]`. */
export function storyStepSelectors(page: Page): Promise<string[]> {
  return page
    .locator('.scrolly-layout .step')
    .evaluateAll((s) => s.map((e) => `#${e.closest('section')!.id} [data-step="${(e as HTMLElement).dataset.step}"]`));
}
