import type { Source } from '../schema/types.ts';

const CC_BY_4 = { licence: 'CC BY 4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/' };

/** Every dataset the 2026 edition draws on, as documented in the raw folder's SOURCES.md. */
export const SOURCES: Source[] = [
  {
    id: 'unctad-data360-de',
    publisher: 'UNCTAD',
    dataset:
      'International trade in digitally-deliverable services (UNCTADstat) and ICT use by businesses (UNCTAD Digital Economy core indicators), via World Bank Data360 (WB.DATA360:DS_DATA360, database UNCTAD_DE)',
    vintage: '2025-12-18',
    ...CC_BY_4,
    url: 'https://data360.worldbank.org/',
    citation:
      'UNCTAD (2025), International trade in digitally-deliverable services and ICT use by businesses, UNCTADstat via World Bank Data360, accessed 2025-12-18; copy archived in jeancecilia/unctad-digital-services-trade-panel, doi:10.5281/zenodo.17971395. CC BY 4.0.',
    files: ['unctad_digitally_deliverable_services/UNCTAD_DE.csv'],
    caveats: [
      'OBS_STATUS "O" ("Missing value") rows carry an empty OBS_VALUE; they are kept as null, never as zero.',
      'Trade values are in US$ millions (UNIT_MULT 6).',
      'A different UNCTAD vintage (Dec-2025) from the services totals (Jul-2025); shares mixing the two can differ slightly from UNCTAD’s own.'
    ]
  },
  {
    id: 'unctad-services-total',
    publisher: 'UNCTAD',
    dataset:
      'UNCTADstat US.TradeServCatTotal — Services (BPM6): exports and imports by service category, trading partner world, annual; category S (total services)',
    vintage: '2025-07-23',
    licence: 'UNCTADstat terms of use (not restated in the copy used)',
    url: 'https://unctadstat-api.unctad.org/bulkdownload/US.TradeServCatTotal/US_TradeServCatTotal',
    citation:
      'UNCTAD (2025), UNCTADstat, Services (BPM6): Exports and imports by service category, trading partner world, annual (US.TradeServCatTotal, version 1863, 2025-07-23).',
    files: ['unctad_services_trade_total/services-trade.json'],
    caveats: [
      'World is keyed G001 in the copy and is stored as WLD; Kosovo (KOS) is stored as XKX and State of Palestine (WBG) as PSE.',
      'The copy’s SERVICES_TRADE_BALANCE is the copy author’s derivation and is not used.'
    ]
  },
  {
    id: 'wdi-2026-07',
    publisher: 'World Bank',
    dataset: 'World Development Indicators (API copy by the datasets/world-development-indicators repository)',
    vintage: '2026-07-01',
    ...CC_BY_4,
    url: 'https://data.worldbank.org/',
    citation:
      'World Bank (2026), World Development Indicators, accessed via datasets/world-development-indicators (automated update 2026-07-01). CC BY 4.0.',
    files: [
      'wdi_datasets_org/bm.gsr.royl.cd.csv',
      'wdi_datasets_org/bx.gsr.royl.cd.csv',
      'wdi_datasets_org/gb.xpd.rsdv.gd.zs.csv',
      'wdi_datasets_org/it.cel.sets.p2.csv',
      'wdi_datasets_org/it.net.bbnd.p2.csv',
      'wdi_datasets_org/it.net.secr.p6.csv',
      'wdi_datasets_org/lp.lpi.ovrl.xq.csv',
      'wdi_datasets_org/ne.exp.gnfs.zs.csv',
      'wdi_datasets_org/ne.imp.gnfs.zs.csv',
      'wdi_datasets_org/ny.gdp.mktp.cd.csv',
      'wdi_datasets_org/ny.gdp.pcap.cd.csv',
      'wdi_datasets_org/sp.pop.totl.csv',
      'wdi_datasets_org/tm.val.mrch.cd.wt.csv',
      'wdi_datasets_org/tx.val.mrch.cd.wt.csv',
      'wdi_datasets_org/tx.val.tech.cd.csv',
      'wdi_datasets_org/tx.val.tech.mf.zs.csv'
    ],
    caveats: [
      'Only WDI aggregates for the world, seven regions and the income groups are kept; other WB aggregates are dropped.'
    ]
  },
  {
    id: 'wdi-2026-02',
    publisher: 'World Bank',
    dataset:
      'World Development Indicators bulk CSV, BX.GSR.CCIS.CD (ICT service exports, BoP, current US$) and country metadata',
    vintage: '2026-02-24',
    ...CC_BY_4,
    url: 'https://data.worldbank.org/indicator/BX.GSR.CCIS.CD',
    citation:
      'World Bank (2026), World Development Indicators: ICT service exports (BoP, current US$), BX.GSR.CCIS.CD, last updated 2026-02-24. CC BY 4.0.',
    files: [
      'wdi_api_bx_gsr_ccis_cd/API_BX.GSR.CCIS.CD_DS2_en_csv_v2_920.csv',
      'wdi_api_bx_gsr_ccis_cd/Metadata_Country_API_BX.GSR.CCIS.CD_DS2_en_csv_v2_920.csv'
    ],
    caveats: ['The country metadata of this file is the canonical region and income-group table of the edition.']
  },
  {
    id: 'wdi-2024-11',
    publisher: 'World Bank',
    dataset:
      'World Development Indicators bulk CSV, IT.NET.USER.ZS (individuals using the Internet, % of population; ITU data)',
    vintage: '2024-11-29',
    ...CC_BY_4,
    url: 'https://data.worldbank.org/indicator/IT.NET.USER.ZS',
    citation:
      'World Bank (2024), World Development Indicators: Individuals using the Internet (% of population), IT.NET.USER.ZS, from ITU; copy of November 2024. CC BY 4.0.',
    files: ['wdi_api_it_net_user_zs/API_IT.NET.USER.ZS_DS2_en_csv_v2_2160.csv'],
    caveats: ['November-2024 vintage: 2023 covers only 90 economies.']
  },
  {
    id: 'wdi-databank-2020',
    publisher: 'World Bank',
    dataset: 'World Development Indicators DataBank extract (October 2020): ICT goods and ICT service trade shares',
    vintage: '2020-10',
    ...CC_BY_4,
    url: 'https://databank.worldbank.org/source/world-development-indicators',
    citation:
      'World Bank (2020), World Development Indicators (DataBank extract of October 2020, reshaped in JupinderGrewal/FIT3179). CC BY 4.0.',
    files: ['wdi_databank_2020_ict_trade_shares/wdi_databank_2020_transformedData_2000_2020.csv'],
    caveats: [
      '2020 vintage: later BoP revisions moved values (China 2017 ICT services share 12.66 % here, 11.8 % from current data).',
      'Use only for 2005–2018 shares, labelled with the vintage; missing values are the literal NA.'
    ]
  },
  {
    id: 'itu-idi-2024',
    publisher: 'ITU',
    dataset: 'Measuring digital development – ICT Development Index 2024, Table 1',
    vintage: '2024',
    licence: 'ITU terms of use (not restated in the copy used)',
    url: 'https://www.itu.int/itu-d/reports/statistics/idi2024/',
    citation:
      'ITU (2024), Measuring digital development – ICT Development Index 2024. Geneva: International Telecommunication Union.',
    files: ['itu_idi_2024/itu_idi_2024.csv'],
    caveats: [
      'Parsed from the report PDF by a third party (khailapvuong/middle-powers-mpapi).',
      'Two rows have mis-encoded names and no ISO3; they are mapped to CIV (Côte d’Ivoire) and TUR (Türkiye).',
      'No pillar sub-scores.'
    ]
  },
  {
    id: 'itu-gci',
    publisher: 'ITU',
    dataset: 'Global Cybersecurity Index, overall score (editions 2020 and 2024), via World Bank Data360',
    vintage: '2024',
    licence: 'ITU terms of use (not restated in the copy used)',
    url: 'https://www.itu.int/en/ITU-D/Cybersecurity/Pages/global-cybersecurity-index.aspx',
    citation:
      'ITU (2024), Global Cybersecurity Index 2024, 5th edition. Geneva: International Telecommunication Union.',
    files: ['itu_idi_2024/itu_gci_2024.csv'],
    caveats: ['Two editions only (2020, 2024); scores are 0–100.']
  },
  {
    id: 'gfdc-bri-2023-12',
    publisher: 'Green Finance & Development Center, FISF Fudan University',
    dataset: 'Countries of the Belt and Road Initiative (December 2023)',
    vintage: '2023-12',
    licence: 'Not stated; cited as the publisher requires',
    url: 'https://greenfdc.org/countries-of-the-belt-and-road-initiative-bri/',
    citation:
      'Nedopil, Christoph (2023): "Countries of the Belt and Road Initiative"; Shanghai, Green Finance & Development Center, FISF Fudan University, www.greenfdc.org',
    files: ['gfdc_bri_countries/bri_countries_gfdc_2023-12.csv'],
    caveats: [
      'Italy exited on 2023-06-12.',
      'Russia has no join date in the source; it is kept as a member with an unknown join date (treated as a member on any date).',
      'The list stops at December 2023; later signatories are missing. Join dates are "likely" dates.'
    ]
  },
  {
    id: 'nbs-provincial-trade-express',
    publisher: 'National Bureau of Statistics of China',
    dataset:
      'NBS provincial annual data (data.stats.gov.cn easyquery): A060101, A060201 foreign trade; A0G0E express volume; A0G0J internet users',
    vintage: '2025',
    licence: 'NBS terms of use (not restated in the copy used)',
    url: 'https://data.stats.gov.cn/english/',
    citation:
      'National Bureau of Statistics of China, National Data (data.stats.gov.cn), provincial annual data, indicators A060101, A060201, A0G0E01, A0G0J01.',
    files: [
      'nbs_china_provincial_trade_express/A060101.csv',
      'nbs_china_provincial_trade_express/A060201.csv',
      'nbs_china_provincial_trade_express/A0G0E.csv',
      'nbs_china_provincial_trade_express/A0G0J.csv'
    ],
    caveats: [
      'Units are not in the files; they come from the NBS definitions: trade in thousand US$, express in 10,000 pieces, internet users in 10,000 persons.',
      'Internet users are available for 2016 only.'
    ]
  },
  {
    id: 'nbs-provincial-gdp',
    publisher: 'National Bureau of Statistics of China',
    dataset:
      'Provincial GDP (100 million CNY, current prices) and sector shares, compiled by the cudavailable/Data_Visualization project',
    vintage: '2023',
    licence: 'NBS terms of use (not restated in the copy used)',
    url: 'https://data.stats.gov.cn/english/',
    citation:
      'National Bureau of Statistics of China, gross regional product by province (E0103), via cudavailable/Data_Visualization.',
    files: ['nbs_china_provincial_gdp/gdpDataByYear_map.csv', 'nbs_china_provincial_gdp/gdpDataByYear_pie.csv'],
    caveats: [
      'Secondary source: passed through a reseller compilation; first-release values, not revised to later census benchmarks.',
      'Spot checks: Guangdong 2022 = 129,118.6 and China 2022 = 1,210,207.24 (100 million CNY).'
    ]
  },
  {
    id: 'nsf-sei-kti',
    publisher: 'US National Science Foundation, NCSES',
    dataset:
      'Science & Engineering Indicators, table SKTI-20: exports and imports of knowledge- and technology-intensive industries (from OECD TiVA 2021)',
    vintage: '2021',
    licence: 'US government work (public domain)',
    url: 'https://ncses.nsf.gov/indicators',
    citation:
      'National Science Board, NCSES (2022), Science and Engineering Indicators: Production and Trade of Knowledge- and Technology-Intensive Industries, table SKTI-20.',
    files: ['ncses_sei_kti_trade/table6234_kti_industries_exports_imports_2002_2018.csv'],
    caveats: [
      'The header says millions of current dollars but the magnitudes are billions; values are stored as US$ billions.',
      'China includes Hong Kong.'
    ]
  },
  {
    id: 'adb-mrio-gvc',
    publisher: 'Kenneth S. Reyes (computed from ADB Multiregional Input–Output Tables)',
    dataset:
      'GVC participation rates (trade-based, ADB 2021 / Borin–Mancini 2019 definitions) from the ADB MRIO tables, ksreyes/mrio-processing',
    vintage: '2023-07-05',
    licence: 'MIT (repository); ADB MRIO terms not restated',
    url: 'https://github.com/ksreyes/mrio-processing',
    citation:
      'Reyes, Kenneth S. (2023), mrio-processing: GVC participation from the ADB Multiregional Input–Output Tables (kidb.adb.org/mrio), commit 3f58389.',
    files: [
      'adb_mrio_gvc_participation/gvcp_agg0_agg5.csv',
      'adb_mrio_gvc_participation/gvcp_jun2023_agg0_agg5.csv',
      'adb_mrio_gvc_participation/countries_consolidated.csv',
      'adb_mrio_gvc_participation/sectors.csv'
    ],
    caveats: [
      'Not OECD TiVA: ADB/Borin–Mancini definitions; do not compare with TiVA EXGR_FVASH.',
      'Not endorsed by ADB. 2017–2019 from gvcp.csv, 2020–2022 from the June-2023 revision.'
    ]
  }
];
