import type { SectionModule } from './section';

/**
 * The section modules an edition's story lists (`src/content/<year>/story.json`), in its order, so an edition adds,
 * drops or reorders sections in data. An id without a module fails with the file and the ids that exist.
 */
export function sectionsFor({
  ids,
  modules,
  file
}: {
  ids: readonly string[];
  modules: readonly SectionModule[];
  file: string;
}): SectionModule[] {
  return ids.map((id, i) => {
    const module = modules.find((m) => m.id === id);
    if (!module)
      throw new Error(`${file}:$.sections[${i}]: expected one of ${modules.map((m) => m.id).join(', ')}, got "${id}"`);
    return module;
  });
}
