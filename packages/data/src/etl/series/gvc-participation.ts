import { DataError } from '../../errors/data-error.ts';
import type { Localised } from '../../schema/types.ts';
import type { EtlStep } from '../etl-step.ts';
import { GVC_FILES, readAdbGvc, readGvcSectorNames, type GvcMeasure, type GvcSector } from '../read/read-adb-gvc.ts';
import { seriesFromObservations } from '../series-from-observations.ts';

const MEASURES: { key: string; column: GvcMeasure; name: Localised; definition: Localised }[] = [
  {
    key: '-backward',
    column: 'GVCP_trade_b',
    name: { en: 'GVC participation, backward', zh: '全球价值链后向参与度' },
    definition: {
      en: 'Foreign value added in gross exports that crosses at least two borders, share of gross exports',
      zh: '总出口中至少跨越两次国境的国外增加值占总出口的比重'
    }
  },
  {
    key: '-forward',
    column: 'GVCP_trade_f',
    name: { en: 'GVC participation, forward', zh: '全球价值链前向参与度' },
    definition: {
      en: 'Domestic value added in gross exports that partners re-export, share of gross exports',
      zh: '总出口中被贸易伙伴再出口的国内增加值占总出口的比重'
    }
  },
  {
    key: '',
    column: 'GVCP_trade',
    name: { en: 'GVC participation, total', zh: '全球价值链参与度（合计）' },
    definition: {
      en: 'Backward plus forward trade-based participation, share of gross exports',
      zh: '基于贸易的后向与前向参与度之和，占总出口的比重'
    }
  }
];

const SECTORS: { sector: GvcSector; key: string; expectedName: string; name: Localised }[] = [
  { sector: 0, key: '', expectedName: '', name: { en: 'total economy', zh: '全部经济' } },
  { sector: 1, key: '-primary', expectedName: 'Primary', name: { en: 'primary sector', zh: '第一产业' } },
  {
    sector: 2,
    key: '-low-tech-manufacturing',
    expectedName: 'Low-technology manufacturing',
    name: { en: 'low-technology manufacturing', zh: '低技术制造业' }
  },
  {
    sector: 3,
    key: '-high-tech-manufacturing',
    expectedName: 'Medium- to high-technology manufacturing',
    name: { en: 'medium- to high-technology manufacturing', zh: '中高技术制造业' }
  },
  {
    sector: 4,
    key: '-business-services',
    expectedName: 'Business services',
    name: { en: 'business services', zh: '商业服务业' }
  },
  {
    sector: 5,
    key: '-personal-public-services',
    expectedName: 'Personal and public services',
    name: { en: 'personal and public services', zh: '个人和公共服务业' }
  }
];

export const GVC_PARTICIPATION_STEPS: EtlStep[] = MEASURES.flatMap((m) =>
  SECTORS.map((s): EtlStep => {
    // gvc-participation (total, total economy), gvc-participation-backward-primary, …
    const id = `gvc-participation${m.key}${s.key}`;
    return {
      output: `series/${id}.json`,
      sourceIds: ['adb-mrio-gvc'],
      indicator: {
        name: {
          en: `${m.name.en}, ${s.name.en} (ADB MRIO, not TiVA)`,
          zh: `${m.name.zh}，${s.name.zh}（亚行多区域投入产出表，非TiVA）`
        },
        definition: {
          en: `${m.definition.en}; ${s.name.en}. ADB (2021) / Borin–Mancini (2019) trade-based definition from the ADB MRIO tables — not OECD TiVA.`,
          zh: `${m.definition.zh}；${s.name.zh}。采用亚行（2021）/Borin–Mancini（2019）基于贸易的定义，基于亚行多区域投入产出表，并非经合组织TiVA数据。`
        },
        category: 'gvc'
      },
      build: (ctx) => {
        if (s.sector !== 0) {
          const got = readGvcSectorNames(ctx).get(s.sector);
          if (got !== s.expectedName)
            throw new DataError({
              file: GVC_FILES.sectors,
              column: 'c5_name',
              expected: `sector ${s.sector} = "${s.expectedName}"`,
              got: String(got)
            });
        }
        return seriesFromObservations(
          {
            id,
            sourceId: 'adb-mrio-gvc',
            unit: 'share of gross exports (0–1)',
            scale: 1,
            transformation: `${m.column}, ${s.sector === 0 ? 'agg 0 (total economy)' : `agg 5 sector ${s.sector}`}; 2017–2019 from gvcp.csv, 2020–2022 from the June-2023 revision; MRIO codes joined to ISO3; rest of world dropped; values as published. Not OECD TiVA.`
          },
          readAdbGvc(ctx, m.column, s.sector)
        );
      }
    };
  })
);
