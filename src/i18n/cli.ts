import type { Message, MessageParams } from '../engine';
import { fillTemplate, t, withFieldPath, type CatalogKey, type Lang } from './catalog';

/** Command-line text (`klantwaarde`): help, argument errors, file errors, progress and the summary. */
export const cliNl = {
  'cli.help': [
    'Klantwaarde {version}: scoort en classificeert klanten in een Excel-werkmap (.xlsx).',
    '',
    'Gebruik:',
    '  klantwaarde classify <invoer.xlsx> [opties]',
    '  klantwaarde --help | --version',
    '',
    'Leest de klantentabel (de eerste Excel-tabel op het blad, anders het gebied vanaf A1), berekent',
    'Klantscore, Score % en Klasse, en schrijft die kolommen plus een rapportblad naar een NIEUW bestand.',
    'Het invoerbestand wordt nooit gewijzigd.',
    '',
    'Opties:',
    '  --model <model.json>   scoringsmodel (bestandsformaat v1); zonder deze optie: het model dat in de',
    '                         werkmap is opgeslagen, anders de scoringsmatrix Omzet/Portfolio/Netwerk/Samenwerking',
    '  --sheet <naam>         het werkblad met de klantentabel (standaard: het eerste blad met een tabel)',
    '  --header-row <n>       rijnummer van de kopregel, als de tabel onder een titelblok begint en die niet goed wordt gevonden',
    '  --out <uitvoer.xlsx>   uitvoerbestand (standaard: <invoer>.klantwaarde.xlsx naast de invoer)',
    '  --force                een bestaand uitvoerbestand overschrijven',
    '  --json                 resultaten per klant als JSON op stdout in plaats van de samenvatting',
    '  --agenda <plan.ics>    contactplan: blad "Contactplan <jaar>" en een agendabestand (iCalendar) met elk contactmoment',
    '  --lang nl|en           taal van meldingen en kolomkoppen (standaard: Nederlands; Engels als LANG met "en" begint)',
    '  -h, --help             deze hulp',
    '  -v, --version          versienummer',
    '',
    'Afsluitcodes: 0 gelukt, 1 onverwachte fout, 2 verkeerde opdracht, 3 invoerbestand onbruikbaar,',
    '4 model ongeldig, 5 tabel of gegevens onbruikbaar, 6 uitvoerbestand niet geschreven.',
    '',
    'Voorbeeld:',
    '  klantwaarde classify examples/klanten.xlsx --model examples/model.json',
  ].join('\n'),
  'cli.hint': 'Zie "klantwaarde --help".',
  'cli.unknownOption': 'Onbekende optie "{option}".',
  'cli.missingValue': 'De optie {option} heeft een waarde nodig.',
  'cli.repeatedOption': 'De optie {option} staat er twee keer.',
  'cli.unknownCommand': 'Onbekende opdracht "{command}". Bedoelt u "klantwaarde classify {command}"?',
  'cli.missingCommand': 'Geef een opdracht: klantwaarde classify <invoer.xlsx>.',
  'cli.missingInput': 'Geef het invoerbestand: klantwaarde classify <invoer.xlsx>.',
  'cli.extraArgument': 'Onverwacht argument "{argument}": geef één invoerbestand per keer.',
  'cli.badLang': 'Onbekende taal "{value}" bij --lang; kies nl of en.',
  'cli.fileNotFound': 'Bestand niet gevonden: {file}.',
  'cli.notAFile': '{file} is een map, geen bestand.',
  'cli.readFailed': 'Kan {file} niet lezen: {detail}.',
  'cli.notXlsx': '{file} is geen Excel-werkmap (.xlsx). Open het in Excel en sla het op als "Excel-werkmap (*.xlsx)".',
  'cli.textFile':
    '{file} is een tekstbestand (bijvoorbeeld CSV), geen Excel-werkmap. Open het in Excel en sla het op als "Excel-werkmap (*.xlsx)".',
  'cli.oldXls': '{file} is een oud .xls-bestand of een werkmap met een wachtwoord. Sla het in Excel op als .xlsx zonder wachtwoord.',
  'cli.damagedXlsx': '{file} is een zip-bestand maar geen leesbare Excel-werkmap ({detail}).',
  'cli.sheetNotFound': 'Werkblad "{sheet}" bestaat niet in {file}. Werkbladen: {sheets}.',
  'cli.noSheet': '{file} heeft geen zichtbaar werkblad met gegevens.',
  'cli.modelNotFound': 'Modelbestand niet gevonden: {file}.',
  'cli.modelInvalid': 'Het model in {file} is ongeldig:',
  'cli.modelSavedInvalid': 'Het model dat in de werkmap is opgeslagen, is ongeldig (geef een model met --model):',
  'cli.modelFromFile': 'Model: "{model}" uit {file}.',
  'cli.modelFromWorkbook': 'Model: "{model}", opgeslagen in de werkmap.',
  'cli.modelPreset': 'Model: "{model}" (standaard; geef een eigen model met --model).',
  'cli.outputExists': 'Het uitvoerbestand {file} bestaat al. Kies een andere naam met --out, of overschrijf het met --force.',
  'cli.outputIsInput':
    'Het uitvoerbestand is het invoerbestand ({file}). Klantwaarde schrijft nooit in het invoerbestand; kies een andere naam met --out.',
  'cli.outputNotXlsx': 'Het uitvoerbestand {file} moet op .xlsx eindigen.',
  'cli.writeFailed': 'Kan {file} niet schrijven: {detail}.',
  'cli.outputLocked': 'Kan {file} niet schrijven: het bestand is in gebruik (misschien geopend in Excel). Sluit het en probeer opnieuw.',
  'cli.noPermission': 'Kan {file} niet schrijven: geen toestemming om in die map of dat bestand te schrijven.',
  'cli.outputFolderMissing': 'Kan {file} niet schrijven: de map {folder} bestaat niet.',
  'cli.reading': 'Inlezen: {file} ({size})…',
  'cli.progress': 'Classificeren: {percent}',
  'cli.writing': 'Schrijven: {file}…',
  'cli.written': 'Resultaten geschreven naar {file} (kolommen {address}, rapport op blad "{report}").',
  'cli.writtenNoReport': 'Resultaten geschreven naar {file} (kolommen {address}).',
  'cli.warning': 'Let op: {text}',
  'cli.unclassified': '{count} klant(en) niet ingedeeld; de kolom Signalen zegt waarom:',
  'cli.moreUnclassified': '… en nog {count}.',
  'cli.internalError': 'Onverwachte fout: {detail}. Dit is een fout in Klantwaarde; meld het met deze tekst.',
  'cli.outputOccupied':
    'Op blad "{sheet}" staan al gegevens in {cells}, precies waar de resultaatkolommen ({range}) moeten komen. Het invoerbestand is niet gewijzigd en er is geen uitvoerbestand geschreven. Maak die cellen leeg of verplaats die gegevens, en probeer opnieuw.',
  'cli.notRegularFile': '{file} is geen gewoon bestand (maar bijvoorbeeld een pipe of apparaat). Geef het pad van een .xlsx-bestand.',
  'cli.zipBomb': '{file} pakt uit tot veel meer gegevens dan een werkmap kan bevatten ({detail}); het wordt niet gelezen.',
  'cli.badHeaderRow': '--header-row verwacht een rijnummer (1, 2, 3, …), niet "{value}".',
  'cli.agendaNotIcs': 'Het agendabestand {file} moet eindigen op .ics.',
  'cli.agendaIsInput': 'Het agendabestand {file} is het invoerbestand; kies een andere naam.',
  'cli.agendaExists': 'Het agendabestand {file} bestaat al. Kies een andere naam met --agenda, of overschrijf het met --force.',
  'cli.agendaWritten':
    'Contactplan: {contacts} contactmomenten voor {clients} klanten in {file} (importeer dit bestand in uw agenda; opnieuw importeren werkt de afspraken bij).',
  'cli.headerRowHint': 'Begint de tabel onder een titelblok of op een andere rij? Noem de kopregel met --header-row <rijnummer>.',
} as const;

export const cliEn: Record<keyof typeof cliNl, string> = {
  'cli.help': [
    'Klantwaarde {version}: scores and classifies the clients in an Excel workbook (.xlsx).',
    '',
    'Usage:',
    '  klantwaarde classify <input.xlsx> [options]',
    '  klantwaarde --help | --version',
    '',
    'Reads the client table (the first Excel table on the sheet, else the region from A1), computes',
    'Client score, Score % and Class, and writes those columns plus a report sheet to a NEW file.',
    'The input file is never changed.',
    '',
    'Options:',
    '  --model <model.json>   scoring model (file format v1); without it: the model saved in the',
    '                         workbook, else the scoring matrix Omzet/Portfolio/Netwerk/Samenwerking',
    '  --sheet <name>         the worksheet holding the client table (default: the first sheet with a table)',
    '  --header-row <n>       row number of the header row, when the table starts below a title block that is not found right',
    '  --out <output.xlsx>    output file (default: <input>.klantwaarde.xlsx next to the input)',
    '  --force                overwrite an existing output file',
    '  --json                 per-client results as JSON on stdout instead of the summary',
    '  --agenda <plan.ics>    contact plan: sheet "Contact plan <year>" and an agenda file (iCalendar) with every contact moment',
    '  --lang nl|en           language of messages and column headers (default: Dutch; English when LANG starts with "en")',
    '  -h, --help             this help',
    '  -v, --version          version number',
    '',
    'Exit codes: 0 success, 1 unexpected error, 2 wrong command, 3 input file unusable,',
    '4 model invalid, 5 table or data unusable, 6 output file not written.',
    '',
    'Example:',
    '  klantwaarde classify examples/klanten.xlsx --model examples/model.json',
  ].join('\n'),
  'cli.hint': 'See "klantwaarde --help".',
  'cli.unknownOption': 'Unknown option "{option}".',
  'cli.missingValue': 'Option {option} needs a value.',
  'cli.repeatedOption': 'Option {option} is given twice.',
  'cli.unknownCommand': 'Unknown command "{command}". Did you mean "klantwaarde classify {command}"?',
  'cli.missingCommand': 'Give a command: klantwaarde classify <input.xlsx>.',
  'cli.missingInput': 'Give the input file: klantwaarde classify <input.xlsx>.',
  'cli.extraArgument': 'Unexpected argument "{argument}": give one input file at a time.',
  'cli.badLang': 'Unknown language "{value}" for --lang; use nl or en.',
  'cli.fileNotFound': 'File not found: {file}.',
  'cli.notAFile': '{file} is a folder, not a file.',
  'cli.readFailed': 'Cannot read {file}: {detail}.',
  'cli.notXlsx': '{file} is not an Excel workbook (.xlsx). Open it in Excel and save it as "Excel Workbook (*.xlsx)".',
  'cli.textFile':
    '{file} is a text file (CSV, for example), not an Excel workbook. Open it in Excel and save it as "Excel Workbook (*.xlsx)".',
  'cli.oldXls': '{file} is an old .xls file or a password-protected workbook. Save it in Excel as .xlsx without a password.',
  'cli.damagedXlsx': '{file} is a zip file but not a readable Excel workbook ({detail}).',
  'cli.sheetNotFound': 'Worksheet "{sheet}" does not exist in {file}. Worksheets: {sheets}.',
  'cli.noSheet': '{file} has no visible worksheet with data.',
  'cli.modelNotFound': 'Model file not found: {file}.',
  'cli.modelInvalid': 'The model in {file} is invalid:',
  'cli.modelSavedInvalid': 'The model saved in the workbook is invalid (give a model with --model):',
  'cli.modelFromFile': 'Model: "{model}" from {file}.',
  'cli.modelFromWorkbook': 'Model: "{model}", saved in the workbook.',
  'cli.modelPreset': 'Model: "{model}" (default; give your own model with --model).',
  'cli.outputExists': 'The output file {file} already exists. Choose another name with --out, or overwrite it with --force.',
  'cli.outputIsInput':
    'The output file is the input file ({file}). Klantwaarde never writes the input file; choose another name with --out.',
  'cli.outputNotXlsx': 'The output file {file} must end in .xlsx.',
  'cli.writeFailed': 'Cannot write {file}: {detail}.',
  'cli.outputLocked': 'Cannot write {file}: the file is in use (perhaps open in Excel). Close it and try again.',
  'cli.noPermission': 'Cannot write {file}: no permission to write in that folder or to that file.',
  'cli.outputFolderMissing': 'Cannot write {file}: the folder {folder} does not exist.',
  'cli.reading': 'Reading: {file} ({size})…',
  'cli.progress': 'Classifying: {percent}',
  'cli.writing': 'Writing: {file}…',
  'cli.written': 'Results written to {file} (columns {address}, report on sheet "{report}").',
  'cli.writtenNoReport': 'Results written to {file} (columns {address}).',
  'cli.warning': 'Note: {text}',
  'cli.unclassified': '{count} client(s) not classified; the Signals column says why:',
  'cli.moreUnclassified': '… and {count} more.',
  'cli.internalError': 'Unexpected error: {detail}. This is a bug in Klantwaarde; please report it with this text.',
  'cli.outputOccupied':
    'Sheet "{sheet}" already has data in {cells}, exactly where the result columns ({range}) would go. The input file is unchanged and no output file was written. Clear those cells or move that data, and try again.',
  'cli.notRegularFile': '{file} is not a regular file (but, for example, a pipe or a device). Give the path of an .xlsx file.',
  'cli.zipBomb': '{file} unpacks to far more data than a workbook can hold ({detail}); it is not read.',
  'cli.badHeaderRow': '--header-row expects a row number (1, 2, 3, …), not "{value}".',
  'cli.agendaNotIcs': 'The agenda file {file} must end in .ics.',
  'cli.agendaIsInput': 'The agenda file {file} is the input file; choose another name.',
  'cli.agendaExists': 'The agenda file {file} already exists. Choose another name with --agenda, or overwrite it with --force.',
  'cli.agendaWritten':
    'Contact plan: {contacts} contact moments for {clients} clients in {file} (import this file into your calendar; importing it again updates the appointments).',
  'cli.headerRowHint': 'Does the table start below a title block or on another row? Name the header row with --header-row <row number>.',
};

export type CliKey = keyof typeof cliNl;

/** The CLI shows its own texts and every text of the shared catalog (model, table and client messages, report headings). */
export type CliTextKey = CliKey | CatalogKey;
export type CliMessage = Message<CliTextKey>;

const isCliKey = (key: CliTextKey): key is CliKey => key.startsWith('cli.');

export function cliText(lang: Lang, key: CliTextKey, params: MessageParams = {}): string {
  if (!isCliKey(key)) return t(lang, key, params);
  const template: string | undefined = lang === 'en' ? cliEn[key] : cliNl[key];
  return fillTemplate(lang, template ?? key, params);
}

/** Renders a CLI, engine or workbook message (model messages with their field path). */
export function formatCliMessage(lang: Lang, message: CliMessage): string {
  return withFieldPath(lang, message, cliText(lang, message.code, message.params));
}
