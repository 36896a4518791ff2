import type { Messages } from '../en';
import { audit } from './audit';
import { changelog } from './changelog';
import { claims } from './claims';
import { downloads } from './downloads';
import { editions } from './editions';
import { error } from './error';
import { explorer } from './explorer';
import { gallery } from './gallery';
import { method } from './method';
import { site } from './site';
import { sources } from './sources';
import { story } from './story';

/** The Chinese message catalogue, typed against the English one. */
export const zh: Messages = {
  site,
  story,
  method,
  audit,
  sources,
  claims,
  downloads,
  changelog,
  editions,
  error,
  explorer,
  gallery
};
