import { GROUP_LABELS, REGION_LABELS } from '../../entities/province-labels.ts';
import { PROVINCES } from '../../entities/provinces.ts';
import { SCHEMA_VERSION, type ProvincesFile } from '../../schema/types.ts';
import type { EtlStep } from '../etl-step.ts';

export const provincesFile: EtlStep = {
  output: 'entities/provinces.json',
  sourceIds: [],
  build: (): ProvincesFile => ({
    schema: SCHEMA_VERSION,
    provinces: PROVINCES,
    regions: REGION_LABELS,
    groups: GROUP_LABELS
  })
};
