/**
 * The story's layouts as media queries (StorySection.svelte's CSS writes the same edges): a landscape phone, short and
 * wide, and the two-column layout, used from 60rem and on a landscape phone. One column otherwise.
 */
export const landscapePhone =
  '(orientation: landscape) and (max-height: 31.25rem) and (min-width: 40rem) and (max-width: 59.99rem)';
export const twoColumns = `(min-width: 60rem), ${landscapePhone}`;
