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

  // ---- Pannelli del modello, ipotesi e vista Modello ----
  'input.electricityPrice': 'Prezzo dell’elettricità',
  'input.pue': 'PUE (potenza totale ÷ potenza IT)',
  'input.utilization': 'Utilizzo effettivo',
  'input.workloadIntensity': 'Intensità del carico (× Llama 2 70B)',
  'input.operationsPct': 'Costi operativi, quota del capex all’anno',
  'input.customNre': 'Costo di progettazione (NRE) per generazione',
  'input.customCadence': 'Anni tra una generazione e l’altra',
  'input.costOfCapital': 'Costo del capitale',
  'input.year': 'Anno della proiezione',
  'input.startYear': 'Anno iniziale',
  'input.horizon': 'Orizzonte',
  'input.demandGrowth': 'Crescita della domanda di inferenza',
  'input.spendGrowth': 'Crescita del budget di calcolo',
  'input.correlation': 'Correlazione dei prezzi tra fornitori',
  'input.foundryCommonMode': 'Quota del rischio di prezzo proprio dovuta alla fonderia',
  'input.vendorDisruptionProb': 'Probabilità di interruzione di un fornitore',
  'input.vendorDisruptionSize': 'Capacità persa in un’interruzione del fornitore',
  'input.foundryDisruptionProb': 'Probabilità di interruzione di una fonderia',
  'input.foundryDisruptionSize': 'Produzione persa in un’interruzione della fonderia',
  'input.hbm.skhynix': 'HBM da SK hynix',
  'input.hbm.samsung': 'HBM da Samsung (il resto a Micron)',
  'input.nvidiaDcRevenue': 'Ricavi data center Nvidia, FY2026',
  'input.nvidiaDcGrowth': 'Crescita dei ricavi data center Nvidia',
  'input.vendorContent': 'Quota del fornitore nel capex complessivo',
  'input.nvidiaInvestment': 'Investimento di Nvidia nell’acquirente (tetto)',
  'input.investmentPerGw': 'Investimento rilasciato per GW installato',

  'field.capex': 'Capex complessivo per acceleratore',
  'field.power': 'Potenza complessiva per acceleratore',
  'field.throughput': 'Throughput (Llama 2 70B, server)',
  'field.life': 'Vita di ammortamento',
  'field.margin': 'Margine lordo del fornitore',
  'field.volumeYear': 'In volume dal',
  'field.pricePerf': 'Miglioramento prezzo-prestazioni',
  'field.volatility': 'Volatilità del prezzo',
  'field.tsmc': 'Prodotto da TSMC',
  'field.samsung': 'Prodotto da Samsung (il resto a Intel/altri)',

  'unitValue.usdBillionsPerYear': '{value} Mld $/anno',
  'unitValue.percent': '{value}%',
  'unitValue.trillionTokensPerDay': '{value} T token/giorno',
  'unitValue.usdThousands': '{value} mila $',
  'unitValue.kilowatts': '{value} kW',
  'unitValue.tokensPerSecond': '{value} token/s',
  'unitValue.years': '{value} anni',
  'unitValue.calendarYear': '{value}',
  'unitValue.usdPerKwh': '{value} $/kWh',
  'unitValue.ratio': '{value}',
  'unitValue.multiplier': '{value}×',
  'unitValue.usdMillions': '{value} Mln $',
  'unitValue.usdBillions': '{value} Mld $',
  'unitValue.percentPerYear': '{value}%/anno',

  'group.headline': 'Input principali (anche nella colonna a sinistra)',
  'group.mix': 'Mix delle alternative (anche nella colonna a sinistra)',
  'group.vendor': 'Fornitori',
  'group.energy': 'Energia',
  'group.workload': 'Carico e finanza',
  'group.customSilicon': 'Silicio personalizzato',
  'group.projection': 'Proiezione',
  'group.uncertainty': 'Incertezza e catena di fornitura',
  'group.vendorSide': 'Lato del fornitore',

  'confidence.reported': 'Dato ufficiale',
  'confidence.analyst': 'Stima di analisti',
  'confidence.rumor': 'Indiscrezione',
  'confidence.vendorClaim': 'Dichiarazione del fornitore',
  'confidence.derived': 'Derivato',
  'confidence.placeholder': 'Segnaposto',

  'year.label': 'Anno della proiezione',
  'year.hint': 'Guida i pannelli per anno: budget, lato del fornitore, energia, ventaglio.',

  'budget.title': 'Quanto budget si mangia l’inferenza?',
  'budget.xAxis': 'Anno',
  'budget.yAxis': 'USD all’anno',
  'budget.inference': 'Spesa di inferenza (entro il budget)',
  'budget.remaining': 'Resta per addestramento e ricerca',
  'budget.over': 'Fuori budget: spesa extra per servire il carico',
  'budget.costColumn': 'Costo per milione di token',
  'budget.marginTitle': 'Margine lordo pagato ai fornitori, {year}',
  'budget.marginAxis': 'USD all’anno',
  'budget.summary':
    'Nel {year} la spesa di inferenza è {bill} ({cost} per milione di token), il {share} del budget di {budget}; restano {remaining} per l’addestramento.',
  'budget.summaryOver':
    'Nel {year} servire il carico costa {bill}, più del budget di {budget}: {gap} T token/giorno restano senza risposta se non si spendono altri {close}.',
  'budget.summaryMargin':
    'I fornitori trattengono {margin} di margine lordo sull’hardware dell’anno ({nvidia} a Nvidia).',
  'budget.note':
    'Budget e carico crescono ogni anno; il costo per token di ogni classe scende del suo miglioramento prezzo-prestazioni. Margine = hardware acquistato × quota del fornitore × margine lordo.',
  'budget.unavailable':
    '{vendors} non ancora in volume nel {year}: la sua quota va alle altre classi in proporzione.',

  'predictability.title': 'Quanto è prevedibile la spesa di calcolo?',
  'predictability.curveTitle': 'Dispersione della spesa dell’anno prossimo per quota Nvidia',
  'predictability.fanTitle': 'Intervallo della spesa di inferenza, anno per anno',
  'predictability.xAxis': 'Quota Nvidia della spesa (%)',
  'predictability.yAxis': 'Dev. std. (% della spesa)',
  'predictability.fanYAxis': 'USD all’anno',
  'predictability.asSourced': 'Fonderie come da fonti',
  'predictability.separate': 'Se ogni fornitore avesse la sua fonderia',
  'predictability.current': 'Scenario attuale',
  'predictability.band90': 'P10–P90',
  'predictability.band50': 'P25–P75',
  'predictability.median': 'Mediana',
  'predictability.summary':
    'Con il {share} a Nvidia la spesa di inferenza dell’anno prossimo ha una dispersione del {cv} (P10 {p10} – P90 {p90}). La dispersione minima, {lowest}, si ha con il {lowestAt} a Nvidia; con fonderie separate potrebbe scendere a {separate}.',
  'predictability.summaryFan': 'Nel {year}: {p10} – {p90}.',
  'predictability.note':
    'Variazioni di prezzo lognormali per classe di fornitore; correlazione {rho} tra classi, maggiore tra classi della stessa fonderia. Percentili da una lognormale con media e varianza esatte.',

  'vendorSide.title': 'L’acquirente è un cliente da 10% per Nvidia?',
  'vendorSide.xAxis': 'Anno',
  'vendorSide.yAxis': 'Quota (%)',
  'vendorSide.dependence': 'Spesa dell’acquirente destinata a Nvidia',
  'vendorSide.exposure': 'Quota dell’acquirente nei ricavi DC di Nvidia',
  'vendorSide.financed': 'Spesa Nvidia dell’acquirente finanziata da Nvidia',
  'vendorSide.threshold': 'Soglia di comunicazione del 10%',
  'vendorSide.summary':
    'Nel {year} l’acquirente spende {spend} con Nvidia, il {share} dei ricavi data center previsti di Nvidia ({revenue}; {position}). L’investimento di Nvidia ne finanzia il {financed}; il {cumulative} nel periodo {from}–{to}.',
  'vendorSide.above': 'sopra la soglia del 10%',
  'vendorSide.below': 'sotto la soglia del 10%',
  'vendorSide.note':
    'Spesa Nvidia = hardware acquistato (sostituzione + espansione) × quota del fornitore. Investimento rilasciato per GW di nuova capacità Nvidia, fino al tetto (la LOI: 10 Mld $ per GW, fino a 100 Mld $).',

  'upstream.title': 'Diversificare i fornitori diversifica la catena di fornitura?',
  'upstream.xAxis': 'Livello della catena',
  'upstream.yAxis': 'HHI (0–10.000)',
  'upstream.layer.vendor': 'Fornitori',
  'upstream.layer.foundry': 'Fonderie',
  'upstream.layer.hbm': 'Memoria HBM',
  'upstream.plan.allNvidia': 'Solo Nvidia',
  'upstream.plan.currentMix': 'Mix attuale',
  'upstream.plan.evenSplit': 'Cinque quote uguali',
  'upstream.summary':
    'Mix attuale: HHI dei fornitori {vendor}, ma HHI delle fonderie {foundry} ({foundryName} {foundryShare}) e HHI dell’HBM {hbm} ({hbmName} {hbmShare}).',
  'upstream.summaryRisk':
    'Capacità persa attesa {expected} all’anno; capacità a rischio al 95% {car}. Singolo evento peggiore: {event}, il {worst} della capacità.',
  'upstream.note':
    'Fasce: Merger Guidelines USA 2023. Quote HBM = quote di mercato; gli specialisti con SRAM non ne usano.',
  'foundry.tsmc': 'TSMC',
  'foundry.samsung': 'Samsung',
  'foundry.intel': 'Intel e altri',
  'hbm.skhynix': 'SK hynix',
  'hbm.samsung': 'Samsung',
  'hbm.micron': 'Micron',
  'event.vendor': 'un’interruzione di {name}',
  'event.foundry': 'un’interruzione di {name}',

  'energy.title': 'Quanta energia serve?',
  'energy.gwAxis': 'GW',
  'energy.kwhTitle': 'Token per kWh per classe di fornitore ({year})',
  'energy.kwhAxis': 'Token per kWh',
  'energy.fleet': 'Flotta acquistata, {year}',
  'energy.needed': 'Necessari per il carico, {year}',
  'energy.deal.nvidiaLoi': 'LOI Nvidia–OpenAI',
  'energy.deal.broadcom': 'Broadcom–OpenAI',
  'energy.deal.amd': 'AMD–OpenAI',
  'energy.deal.cerebras': 'Cerebras–OpenAI',
  'energy.summary':
    'Nel {year} la flotta assorbe {gw} ({twh} all’anno, {cost} di elettricità); per servire solo il carico ne bastano {needed}.',
  'energy.summaryKwh': 'Più token per kWh: {best} ({bestValue}); meno: {worst} ({worstValue}).',
  'energy.note':
    'Potenza dell’impianto (IT × PUE), assorbita 24 ore su 24. Dimensioni degli accordi come annunciate (dati di riferimento §2); la LOI Nvidia è in stallo.',

  'sensitivity.title': 'Quale ipotesi conta di più?',
  'sensitivity.metric.costPerMillionTokens': 'Costo per milione di token',
  'sensitivity.metric.hhi': 'HHI dei fornitori',
  'sensitivity.metricLabel': 'Ordina per',
  'sensitivity.xAxis.costPerMillionTokens': 'Variazione del costo per milione di token (USD)',
  'sensitivity.xAxis.hhi': 'Variazione dell’HHI (punti)',
  'sensitivity.atLow': 'Ipotesi al minimo',
  'sensitivity.atHigh': 'Ipotesi al massimo',
  'sensitivity.summary': '{metric} è più sensibile a {first} (da {firstLow} a {firstHigh}), poi a {second}.',
  'sensitivity.summaryNone': 'Nessuna ipotesi negli intervalli delle fonti muove {metric}.',
  'sensitivity.note':
    'Ogni ipotesi spostata nel suo intervallo da fonti (min–max) tenendo ferme le altre. Clicca una barra per aprire l’ipotesi.',
  'sensitivity.open': 'Apri {label} nelle ipotesi',

  'assumptions.title': 'Ipotesi',
  'assumptions.intro':
    'Ogni input secondario, con unità, intervallo, fonte e affidabilità. Indiscrezioni, dichiarazioni dei fornitori e segnaposto sono segnalati come tali.',
  'assumptions.reset': 'Ripristina',
  'assumptions.resetLabel': 'Ripristina {label} al valore predefinito',
  'assumptions.range': 'Intervallo {min}–{max}; da fonti {low}–{high}',
  'assumptions.noSource': 'Nessuna fonte pubblicata: ipotesi nostra (vedi nota).',
  'assumptions.valueLabel': 'Valore di {label}',
  'assumptions.count': '{count} input',

  'model.title': 'Il modello: validazione e fonti',
  'model.intro':
    'I risultati del modello accanto ai dati pubblicati. Equazioni, valori predefiniti e le ipotesi che un critico attaccherebbe sono in docs/MODEL.md.',
  'model.validationCaption': 'Validazione: modello e dati pubblicati',
  'model.col.case': 'Verifica',
  'model.col.model': 'Modello',
  'model.col.published': 'Pubblicato',
  'model.col.range': 'Intervallo pubblicato',
  'model.col.gap': 'Scarto',
  'model.col.confidence': 'Affidabilità',
  'model.sourcesTitle': 'Fonti ({count})',
  'model.verdict.inRange': 'entro l’intervallo pubblicato',
  'model.verdict.outOfRange': 'fuori dall’intervallo pubblicato',
  'model.verdict.belowPrice': 'sotto il prezzo, come deve essere un costo',
  'model.verdict.abovePrice': 'sopra il prezzo: il costo è sovrastimato',
  'model.verdict.noRange': 'solo un valore puntuale',

  'validation.capexPerGw.label': 'Capex complessivo per GW di sistemi Nvidia',
  'validation.capexPerGw.note':
    'Nvidia indica 50–60 Mld $ per GW (circa 35 Mld $ di contenuto Nvidia); Bernstein 35 Mld $. Il nostro valore di classe GB300 (83 mila $ per GPU, 1,8 kW, PUE 1,2) sta nel mezzo.',
  'validation.h100Rental.label': 'Costo annualizzato orario di una H100 e prezzo di noleggio annuale',
  'validation.h100Rental.note':
    'Una H100 (chip 28 mila $ + 15,3 mila $ di altro IT + 18,8 mila $ di impianto, 0,9 kW, 5 anni, costo del capitale 8%) passata nella funzione di costo, all’ora. Il noleggio include il margine di chi noleggia e le ore inattive, quindi deve stare sopra il costo.',
  'validation.hhi2026.label': 'HHI delle quote di mercato degli acceleratori nel 2026',
  'validation.hhi2026.note':
    'Nvidia 75%, AMD 7%, TPU/Trainium 15%, altri chip personalizzati 2%, specialisti 1% (punti medi degli analisti) contro il ~5.400–6.500 che la ricerca ricava dalle stesse stime.',
  'validation.tenGwNvidia.label': 'Contenuto Nvidia di un accordo da 10 GW',
  'validation.tenGwNvidia.note':
    'Il nostro capex per GW × 10 GW × 70% di quota del fornitore contro i ~35 Mld $ per GW di Huang; i ricavi data center di Nvidia nel FY2026 sono stati 193,7 Mld $.',
  'validation.apiPrice.label':
    'Costo per milione di token (classe Llama 70B) e prezzo di un’API di modelli aperti',
  'validation.apiPrice.note':
    'Classe Nvidia con intensità 1 contro Llama 3.3 70B su DeepInfra (0,13 $ in / 0,40 $ out, media 3:1). Il prezzo deve stare sopra il costo: lo scarto è il margine del fornitore e la capacità inattiva.',
};
