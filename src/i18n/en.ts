/**
 * The English catalogue: the source of truth for message keys. `{name}` placeholders
 * are filled by `t(key, { name })`.
 */
export const en = {
  'app.title': 'Compute Scenarios',
  'app.subtitle': 'AI compute economics: cost per token, vendor concentration, inference load',
  'app.scenarioCustom': 'Custom scenario',
  'app.dataAsOf': 'Reference data as of {date}',
  'app.loading': 'Loading reference data…',
  'app.errorTitle': 'The reference data could not be loaded',
  'app.retry': 'Retry',
  'app.resetAll': 'Reset all',

  'controls.title': 'Scenario',
  'controls.mixTitle': 'Alternatives mix',
  'controls.mixHint': 'How the non-Nvidia spend splits; always sums to 100%.',
  'controls.reset': 'Reset {label}',

  'input.spend': 'Compute spend',
  'input.nvidiaShare': 'Nvidia share',
  'input.load': 'Inference load',
  'input.mix.amd': 'AMD GPUs',
  'input.mix.custom': 'Custom ASICs',
  'input.mix.hyperscaler': 'Hyperscaler TPU/Trainium',
  'input.mix.specialist': 'Specialists',

  'unit.usdBillionsPerYear': '{value} per year',
  'unit.percent': '{value}%',
  'unit.trillionTokensPerDay': '{value} T tokens/day',

  'vendor.nvidia': 'Nvidia',
  'vendor.amd': 'AMD',
  'vendor.custom': 'Custom ASIC',
  'vendor.hyperscaler': 'Hyperscaler silicon',
  'vendor.specialist': 'Specialists',

  'band.unconcentrated': 'Unconcentrated',
  'band.moderatelyConcentrated': 'Moderately concentrated',
  'band.highlyConcentrated': 'Highly concentrated',

  'kpi.costPerMillion': 'Cost per million tokens',
  'kpi.costPerMillionDetail': 'blended at {load}; hardware only {hardware}',
  'kpi.inferenceBill': 'Inference bill per year',
  'kpi.inferenceBillDetail': '{share} of the budget',
  'kpi.inferenceBillGap': 'Over budget: {gap} T tokens/day unserved; {close} more a year would close the gap',
  'kpi.concentration': 'Vendor concentration',
  'kpi.concentrationDetail': 'HHI; largest supplier {largest}',
  'kpi.power': 'Fleet power',
  'kpi.powerDetail': '{accelerators} accelerators, {capex} capex',
  'kpi.designExceedsBudget': 'The custom-silicon design cost alone exceeds the budget',

  'chart.showData': 'Show data',
  'chart.hideData': 'Hide data',

  'concentration.title': 'How concentrated is the supply?',
  'concentration.xAxis': 'Nvidia share of spend (%)',
  'concentration.yAxis': 'HHI (0–10,000)',
  'concentration.series': 'HHI at this Nvidia share',
  'concentration.current': 'Current scenario',
  'concentration.summary': '{band}: HHI {hhi} at {share} Nvidia',
  'concentration.note':
    'Bands: 2023 US Merger Guidelines (below 1,000; 1,000–1,800; above 1,800). Alternatives mix held fixed.',

  'cost.title': 'What does a million tokens cost at scale?',
  'cost.xAxis': 'Inference load (T tokens/day, log scale)',
  'cost.yAxis': 'USD per million tokens',
  'cost.allNvidia': 'All Nvidia',
  'cost.currentMix': 'Current mix',
  'cost.allAlternatives': 'All alternatives',
  'cost.currentLoad': 'Current load',
  'cost.breakEven': 'Break-even {load}',
  'cost.summary':
    'At {load} the current mix costs {current} per million tokens; all Nvidia {nvidia}, all alternatives {alternatives}.',
  'cost.summaryBreakEven': 'All alternatives beat all Nvidia above {load}.',
  'cost.summaryNoBreakEven': 'All alternatives never beat all Nvidia at these assumptions.',
  'cost.note': 'Fleet sized to each load; custom-silicon design cost spread over the volume.',

  'table.load': 'Load (T tokens/day)',
  'table.nvidiaShare': 'Nvidia share (%)',
  'table.hhi': 'HHI',

  'export.menu': 'Export',
  'export.png': 'Image (PNG, 2×)',
  'export.svg': 'Vector (SVG)',
  'export.csv': 'Data (CSV)',
  'export.failed': 'Export failed',
  'export.scenario': 'Scenario',
  'export.sources':
    'Sources: Compute Scenarios model; reference data as of {asOf} from {count} cited sources (MLPerf, company filings, analyst estimates), listed in docs/MODEL.md.',

  'embed.open': 'Open the full scenario',
  'embed.unknown': 'There is no panel with that name. Panels: {panels}.',

  'view.language': 'Language',
  'view.theme': 'Theme',
  'view.theme.system': 'Theme: system',
  'view.theme.light': 'Theme: light',
  'view.theme.dark': 'Theme: dark',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
