/**
 * The story's prerendered chart pictures, as the page arrived from the server, by chart id. Only the browser fills it:
 * a chart slot that hydrates over server markup keeps a copy here, so a slot created later for the same chart (the
 * reader scrolled away and back), or for a chart of the same section whose data slice failed, can show the published
 * picture again instead of an empty box.
 */
export class PrerenderedCharts {
  #markup = new Map<string, string>();

  /** Keeps the first picture seen for a chart; later ones for the same id are the same markup and are ignored. */
  keep({ id, markup }: { id: string; markup: string }): void {
    if (!this.#markup.has(id) && markup.trim()) this.#markup.set(id, markup);
  }

  get(id: string): string | undefined {
    return this.#markup.get(id);
  }
}
