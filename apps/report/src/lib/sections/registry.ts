import { bri } from './bri';
import { guangdong } from './guangdong';
import { infrastructure } from './infrastructure';
import type { SectionModule } from './section';
import { services } from './services';

/** The story's sections, in reading order (definition, goods and data join before and after services). */
export const sections: SectionModule[] = [services, infrastructure, guangdong, bri];
