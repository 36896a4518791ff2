import { expect, it } from 'vitest';
import { sections } from './registry';
import { sectionsFor } from './sections-for';

it('sectionsFor keeps the story file order, drops unlisted sections and names an unknown id', () => {
  expect(sectionsFor({ ids: ['rules', 'goods'], modules: sections, file: 'story.json' }).map((m) => m.id)).toEqual([
    'rules',
    'goods'
  ]);
  expect(() => sectionsFor({ ids: ['goods', 'gods'], modules: sections, file: 'story.json' })).toThrow(
    'story.json:$.sections[1]: expected one of definition, goods, services, data, infrastructure, guangdong, bri, rules, got "gods"'
  );
});
