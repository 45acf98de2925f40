/**
 * Catalogo italiano. Typed against the English catalogue, so a missing key is a
 * compile error (and a test failure).
 */
import type { Catalogue } from './en';

export const it: Catalogue = {
  'app.title': 'Compute Scenarios',
  'app.subtitle':
    'Economia del calcolo per l’IA: costo per token, concentrazione dei fornitori, carico di inferenza',
  'app.scenarioCustom': 'Scenario personalizzato',
  'app.dataAsOf': 'Dati di riferimento aggiornati a {date}',
  'app.loading': 'Caricamento dei dati di riferimento…',
  'app.errorTitle': 'Impossibile caricare i dati di riferimento',
  'app.retry': 'Riprova',
  'app.resetAll': 'Ripristina tutto',

  'controls.title': 'Scenario',
  'controls.mixTitle': 'Mix delle alternative',
  'controls.mixHint': 'Come si divide la spesa non Nvidia; la somma è sempre 100%.',
  'controls.reset': 'Ripristina {label}',

  'input.spend': 'Spesa in calcolo',
  'input.nvidiaShare': 'Quota Nvidia',
  'input.load': 'Carico di inferenza',
  'input.mix.amd': 'GPU AMD',
  'input.mix.custom': 'ASIC personalizzati',
  'input.mix.hyperscaler': 'TPU/Trainium degli hyperscaler',
  'input.mix.specialist': 'Specialisti',

  'unit.usdBillionsPerYear': '{value} l’anno',
  'unit.percent': '{value}%',
  'unit.trillionTokensPerDay': '{value} T token/giorno',

  'vendor.nvidia': 'Nvidia',
  'vendor.amd': 'AMD',
  'vendor.custom': 'ASIC personalizzati',
  'vendor.hyperscaler': 'Silicio degli hyperscaler',
  'vendor.specialist': 'Specialisti',

  'band.unconcentrated': 'Non concentrato',
  'band.moderatelyConcentrated': 'Moderatamente concentrato',
  'band.highlyConcentrated': 'Altamente concentrato',

  'kpi.costPerMillion': 'Costo per milione di token',
  'kpi.costPerMillionDetail': 'medio a {load}; solo hardware {hardware}',
  'kpi.inferenceBill': 'Spesa annua per l’inferenza',
  'kpi.inferenceBillDetail': '{share} del budget',
  'kpi.inferenceBillGap':
    'Oltre il budget: {gap} T token/giorno non serviti; servirebbero {close} in più l’anno',
  'kpi.concentration': 'Concentrazione dei fornitori',
  'kpi.concentrationDetail': 'HHI; primo fornitore {largest}',
  'kpi.power': 'Potenza della flotta',
  'kpi.powerDetail': '{accelerators} acceleratori, {capex} di investimento',
  'kpi.designExceedsBudget': 'Il solo costo di progettazione del chip supera il budget',

  'chart.showData': 'Mostra i dati',
  'chart.hideData': 'Nascondi i dati',

  'concentration.title': 'Quanto è concentrata la fornitura?',
  'concentration.xAxis': 'Quota Nvidia della spesa (%)',
  'concentration.yAxis': 'HHI (0–10.000)',
  'concentration.series': 'HHI a questa quota Nvidia',
  'concentration.current': 'Scenario attuale',
  'concentration.summary': '{band}: HHI {hhi} con il {share} a Nvidia',
  'concentration.note':
    'Fasce: Merger Guidelines USA 2023 (sotto 1.000; 1.000–1.800; sopra 1.800). Mix delle alternative costante.',

  'cost.title': 'Quanto costa un milione di token su larga scala?',
  'cost.xAxis': 'Carico di inferenza (T = mille miliardi di token/giorno, scala log.)',
  'cost.yAxis': 'USD per milione di token',
  'cost.allNvidia': 'Solo Nvidia',
  'cost.currentMix': 'Mix attuale',
  'cost.allAlternatives': 'Solo alternative',
  'cost.currentLoad': 'Carico attuale',
  'cost.breakEven': 'Pareggio {load}',
  'cost.summary':
    'A {load} il mix attuale costa {current} per milione di token; solo Nvidia {nvidia}, solo alternative {alternatives}.',
  'cost.summaryBreakEven': 'Le alternative battono Nvidia sopra {load}.',
  'cost.summaryNoBreakEven': 'Con queste ipotesi le alternative non battono mai Nvidia.',
  'cost.note':
    'Flotta dimensionata su ogni carico; costo di progettazione del silicio personalizzato ripartito sul volume.',

  'table.load': 'Carico (T token/giorno)',
  'table.nvidiaShare': 'Quota Nvidia (%)',
  'table.hhi': 'HHI',

  'export.menu': 'Esporta',
  'export.png': 'Immagine (PNG, 2×)',
  'export.svg': 'Vettoriale (SVG)',
  'export.csv': 'Dati (CSV)',
  'export.failed': 'Esportazione non riuscita',
  'export.scenario': 'Scenario',
  'export.sources':
    'Fonti: modello Compute Scenarios; dati di riferimento aggiornati a {asOf} da {count} fonti citate (MLPerf, bilanci societari, stime di analisti), elencate in docs/MODEL.md.',

  'embed.open': 'Apri lo scenario completo',
  'embed.unknown': 'Non esiste un pannello con quel nome. Pannelli: {panels}.',

  'view.language': 'Lingua',
  'view.theme': 'Tema',
  'view.theme.system': 'Tema: di sistema',
  'view.theme.light': 'Tema: chiaro',
  'view.theme.dark': 'Tema: scuro',
};
