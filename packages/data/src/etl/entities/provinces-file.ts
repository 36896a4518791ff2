import { GROUP_LABELS, REGION_LABELS } from '../../entities/province-labels.ts';
import { PROVINCES } from '../../entities/provinces.ts';
import type { ProvincesFile } from '../../schema/v1.ts';
import type { EtlStep } from '../etl-step.ts';

export const provincesFile: EtlStep = {
  output: 'entities/provinces.json',
  sourceIds: [],
  build: (): ProvincesFile => ({ schema: 1, provinces: PROVINCES, regions: REGION_LABELS, groups: GROUP_LABELS })
};
