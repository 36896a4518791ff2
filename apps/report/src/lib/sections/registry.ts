import type { SectionModule } from './section';
import { infrastructure } from './infrastructure';
import { services } from './services';

/** The story's sections, in reading order. */
export const sections: SectionModule[] = [services, infrastructure];
