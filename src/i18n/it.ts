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

  // Link di condivisione, preset, cronologia, riferimento, scenari salvati, confronto A/B.
  'scenario.defaults': 'Ipotesi predefinite',
  'scenario.custom': 'Personalizzato',
  'scenario.customFrom': 'Personalizzato · basato su {preset}',
  'scenario.nameLabel': 'Scenario attivo',

  'actions.presets': 'Preset',
  'actions.saved': 'Salvati',
  'actions.compare': 'Confronta A/B',
  'actions.share': 'Condividi',
  'actions.copyLink': 'Copia link',
  'actions.toolbar': 'Azioni sullo scenario',

  'history.label': 'Cronologia delle modifiche',
  'history.undo': 'Annulla',
  'history.redo': 'Ripeti',
  'history.undoHint': 'Annulla l’ultima modifica (Ctrl+Z)',
  'history.redoHint': 'Ripeti (Maiusc+Ctrl+Z)',
  'history.resetPreset': 'Ripristina il preset',
  'history.resetDefaults': 'Ripristina i valori predefiniti',

  'baseline.pin': 'Fissa come riferimento',
  'baseline.clear': 'Rimuovi riferimento',
  'baseline.pinned':
    'Riferimento fissato: i grafici lo mostrano tratteggiato, i riquadri mostrano la variazione rispetto a esso.',
  'baseline.legend': 'Riferimento (tratteggiato)',
  'baseline.deltaUp': '▲ {value} rispetto al riferimento',
  'baseline.deltaDown': '▼ {value} rispetto al riferimento',
  'baseline.same': 'Uguale al riferimento',
  'baseline.concentrationSummary': 'Riferimento: HHI {hhi} con Nvidia al {share}.',
  'baseline.costSummary': 'Riferimento: il mix costa {cost} per milione di token a {load}.',

  'share.copied': 'Link copiato negli appunti.',
  'share.copyFallbackTitle': 'Copia questo link',
  'share.copyFallbackHint':
    'Il browser non ha consentito la copia. Il link è selezionato: premi Ctrl+C (⌘C su Mac) per copiarlo.',
  'share.linkField': 'Link di condivisione',
  'share.exportJson': 'Scarica lo scenario (JSON)',
  'share.importJson': 'Importa uno scenario (JSON)…',
  'share.savedScenarios': 'Scenari salvati…',

  'dialog.close': 'Chiudi',

  'notice.linkTitle': 'Questo link è stato corretto',
  'notice.importTitle': 'Il file importato è stato corretto',
  'notice.intro': 'La dashboard lo ha aperto con queste modifiche:',
  'notice.more': '…e altre {count}',
  'notice.dismiss': 'Chiudi',

  'repair.outOfRange': '{label} {raw} è fuori intervallo; si usa {used}',
  'repair.notANumber': '{label} “{raw}” non è un numero; si usa {used}',
  'repair.empty': '{label} era vuoto; si usa {used}',
  'repair.tooLongInput': '{label}: un valore di {length} caratteri è stato ignorato; si usa {used}',
  'repair.tooLong': 'Il valore di “{key}” era troppo lungo ({length} caratteri) ed è stato ignorato',
  'repair.missing':
    'Il link non impostava {count} valori (potrebbe essere stato troncato); valori predefiniti per {list}',
  'repair.missingOne': 'Il link non impostava {label}; si usa {used}',
  'repair.mixRescaled': 'Il mix delle alternative sommava al {total}%; riportato al 100%',
  'repair.duplicate': '“{key}” compariva più volte; è stato usato il primo valore',
  'repair.unknownParam': 'Ignorata un’impostazione sconosciuta, “{key}”',
  'repair.unknownParams': 'Ignorate {count} impostazioni sconosciute ({list})',
  'repair.unknownPreset':
    'Non esiste un preset chiamato “{slug}”; al suo posto valgono le ipotesi predefinite',
  'repair.badLang': 'La lingua “{raw}” non è disponibile; ignorata',
  'repair.badPanel': '“{raw}” non è un pannello che si possa aprire; ignorato',
  'repair.badYear': '“{raw}” non è un anno valido; ignorato',
  'repair.badBase': 'L’impostazione del riferimento “{raw}” non è stata compresa',
  'repair.futureVersion':
    'Questo link viene da una versione più recente della dashboard (formato {version}); le impostazioni sconosciute a questa versione sono state ignorate',
  'repair.badVersion': 'Il formato del link “{raw}” non è riconosciuto; letto come formato attuale',
  'repair.malformed': 'Alcune parti del link erano danneggiate e sono state lette così come sono',
  'repair.truncatedQuery': 'Il link era molto lungo; ne è stata letta solo la prima parte',
  'repair.baseline': 'Riferimento: {message}',

  'presets.title': 'Preset',
  'presets.intro':
    'Scenari costruiti da accordi annunciati e dati pubblicati. Ognuno imposta i valori elencati; tutto il resto mantiene il valore predefinito.',
  'presets.list': 'Preset disponibili',
  'presets.sets': 'Cosa imposta',
  'presets.sources': 'Fonti',
  'presets.use': 'Apri questo scenario',
  'presets.active': 'Aperto ora',
  'presets.unavailable': 'Impossibile caricare i preset.',

  'saved.title': 'Scenari salvati',
  'saved.name': 'Nome',
  'saved.save': 'Salva lo scenario corrente',
  'saved.defaultName': 'Scenario del {date}',
  'saved.empty': 'Nessuno scenario salvato. Gli scenari salvati restano solo in questo browser.',
  'saved.list': 'Salvati in questo browser',
  'saved.open': 'Apri',
  'saved.delete': 'Elimina',
  'saved.openLabel': 'Apri “{name}”',
  'saved.deleteLabel': 'Elimina “{name}”',
  'saved.savedAt': 'salvato il {date}',
  'saved.storageUnavailable':
    'Questo browser non consente alla dashboard di salvare dati (navigazione privata o archiviazione disattivata). Scarica invece lo scenario come file.',
  'saved.storageFull':
    'L’archiviazione del browser è piena, quindi lo scenario non è stato salvato. Elimina quelli vecchi o scaricalo come file.',
  'saved.corrupt': 'Non è stato possibile leggere gli scenari salvati in questo browser.',
  'saved.files': 'File',
  'saved.export': 'Scarica lo scenario corrente (JSON)',
  'saved.import': 'Importa un file di scenario (JSON)',
  'saved.importError': 'Impossibile importare il file: {reason}.',
  'saved.importNotJson': 'non è un JSON valido',
  'saved.importNotScenario': 'non è un file di scenario di Compute Scenarios',
  'saved.importInvalid': 'è danneggiato ({detail})',
  'saved.importTooLarge': 'supera 1 MB',
  'saved.imported': 'Importato “{name}”.',
  'saved.savedOk': 'Salvato “{name}”.',

  'compare.title': 'Confronta due scenari',
  'compare.intro':
    'Due copie indipendenti, affiancate. Modificane una qualsiasi; la dashboard resta invariata finché non ne apri una.',
  'compare.side': 'Scenario {side}',
  'compare.aSource': 'Parte dallo scenario attuale della dashboard',
  'compare.bSource': 'Parti per B da',
  'compare.fromBaseline': 'Riferimento fissato',
  'compare.fromDefaults': 'Ipotesi predefinite',
  'compare.open': 'Apri {side} nella dashboard',
  'compare.differences': 'Differenze',
  'compare.none': 'I due scenari sono identici.',
  'compare.measure': 'Misura',
  'compare.largest': 'Quota del fornitore principale',
  'compare.change': 'B − A',

  'inputFallback.electricityPrice': 'Prezzo dell’elettricità',
  'inputFallback.pue': 'PUE',
  'inputFallback.utilization': 'Utilizzo',
  'inputFallback.workloadIntensity': 'Intensità del carico',
  'inputFallback.operationsPct': 'Costi operativi',
  'inputFallback.customNre': 'Costo di progettazione del chip',
  'inputFallback.customCadence': 'Cadenza delle generazioni del chip',
  'inputFallback.capex': 'Capex complessivo',
  'inputFallback.power': 'Potenza per acceleratore',
  'inputFallback.throughput': 'Throughput',
  'inputFallback.life': 'Vita di ammortamento',
  'inputFallback.margin': 'Margine lordo',
  'inputFallback.volumeYear': 'Anno dei volumi',
  'inputFallback.vendorField': '{field}, {vendor}',

  'unitText.kilowatts': '{value} kW',
  'unitText.tokensPerSecond': '{value} token/s',
  'unitText.years': '{value} anni',
  'unitText.usdPerKwh': '{value}/kWh',
  'unitText.multiplier': '{value}×',
  'unitText.percentPerYear': '{value}% l’anno',
};
