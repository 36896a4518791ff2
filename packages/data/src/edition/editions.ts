/** Fixed facts per edition; the publication date is fixed so rebuilding never changes the manifest's bytes. */
export const EDITIONS: Record<number, { published: string }> = {
  2026: { published: '2026-12-01' }
};
