import type { EtlStep } from '../etl-step.ts';
import { readNsfKti } from '../read/read-nsf-kti.ts';
import { seriesFromObservations } from '../series-from-observations.ts';

function ktiStep(flow: 'Exports' | 'Imports'): EtlStep {
  const id = `kti-${flow.toLowerCase()}`;
  const zh = flow === 'Exports' ? '出口' : '进口';
  return {
    output: `series/${id}.json`,
    sourceIds: ['nsf-sei-kti'],
    indicator: {
      name: {
        en: `Knowledge- and technology-intensive industries, ${flow.toLowerCase()}`,
        zh: `知识和技术密集型产业${zh}`
      },
      definition: {
        en: `${flow} of KTI industries (high-technology manufacturing and commercial knowledge-intensive services, incl. IT and information services), from OECD TiVA 2021; China includes Hong Kong.`,
        zh: `知识和技术密集型产业（高技术制造业和商业性知识密集型服务业，含信息技术和信息服务）${zh}，数据来自经合组织TiVA 2021年版；中国含香港。`
      },
      category: 'economy'
    },
    build: (ctx) =>
      seriesFromObservations(
        {
          id,
          sourceId: 'nsf-sei-kti',
          unit: 'US$',
          scale: 1e9,
          transformation: `NCSES table SKTI-20 ${flow.toLowerCase()}, copied as published; stored as US$ billions (scale 1e9) because the magnitudes are billions although the notes say millions; "Rest of the world" dropped.`
        },
        readNsfKti(ctx, flow)
      )
  };
}

export const KTI_STEPS: EtlStep[] = [ktiStep('Exports'), ktiStep('Imports')];
