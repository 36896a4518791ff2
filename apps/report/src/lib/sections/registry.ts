import { bri } from './bri';
import { data } from './data';
import { definition } from './definition';
import { goods } from './goods';
import { guangdong } from './guangdong';
import { infrastructure } from './infrastructure';
import { rules } from './rules';
import type { SectionModule } from './section';
import { services } from './services';

/** The story's sections, in reading order. */
export const sections: SectionModule[] = [definition, goods, services, data, infrastructure, guangdong, bri, rules];
