/**
 * Portfolio insight: computed ABC limits, concentration, profitability, client types, the
 * rendabel × interessant view, year-over-year shifts and what-if. Engine codes map onto these keys:
 * `insight.type.${ClientType}`, `insight.action.${PortfolioAction}`, `insight.shift.${ShiftKind}`,
 * `insight.profit.input.${ProfitabilityInputName}`.
 */
export const insightNl = {
  // Computed ABC limits (advice next to fixed limits).
  'insight.abc.title': 'Berekende ABC-grenzen',
  'insight.abc.advice': 'Uw gegevens wijzen op A ≈ de bovenste {aShare} van de klanten (vanaf {limitA}) en B ≈ de volgende {bShare} (vanaf {limitB}).',
  'insight.abc.adviceNoA': 'Volgens de berekende grenzen steekt geen klant duidelijk boven de rest uit; B ≈ de bovenste {bShare} van de klanten (vanaf {limitB}).',
  'insight.abc.none': 'Te weinig klanten met een positieve waarde om ABC-grenzen te berekenen.',

  // Concentration.
  'insight.concentration.title': 'Concentratie',
  'insight.concentration.largest': 'Aandeel grootste klant',
  'insight.concentration.top3': 'Aandeel top 3',
  'insight.concentration.herfindahl': 'Herfindahl-index',
  'insight.concentration.equivalent': 'De omzet is gespreid alsof u {count} even grote klanten had.',
  'insight.concentration.warning': 'Let op: {name} zorgt voor {share} van de omzet, meer dan {limit}. Bent u niet te afhankelijk van één opdrachtgever?',

  // Profitability.
  'insight.col.cost': 'Kosten',
  'insight.col.margin': 'Marge',
  'insight.col.marginPercent': 'Marge %',
  'insight.col.revenuePerHour': 'Omzet per uur',
  'insight.profit.title': 'Rendement',
  'insight.profit.lossMaking': '{count} klanten leveren verlies op.',
  'insight.profit.missing': 'rendement onbekend: {inputs} ontbreekt',
  'insight.profit.input.revenue': 'omzet',
  'insight.profit.input.costs': 'kosten',
  'insight.profit.input.hours': 'uren',
  'insight.profit.input.costPerHour': 'kostprijs per uur',

  // Client types (value × potential).
  'insight.col.clientType': 'Klanttype',
  'insight.type.title': 'Klanttypen',
  'insight.type.strategic': 'Strategisch',
  'insight.type.large': 'Groot',
  'insight.type.development': 'Ontwikkeling',
  'insight.type.transactional': 'Transactioneel',
  'insight.type.strategic.strategy': 'Investeer in de relatie: een vennoot als vast aanspreekpunt, samen vooruitkijken en meedenken over de strategie.',
  'insight.type.large.strategy': 'Behoud en bescherm: uitstekende service en vaste afspraken; houd de afhankelijkheid van deze klant in het oog.',
  'insight.type.development.strategy': 'Laat groeien: breng behoeften en kansen in kaart en maak een actieplan voor extra dienstverlening.',
  'insight.type.transactional.strategy': 'Bedien efficiënt: gestandaardiseerde dienstverlening, digitaal waar het kan, tegen een faire prijs.',
  'insight.type.unknown': 'onbekend (waarde of potentie ontbreekt)',

  // Rendabel × interessant.
  'insight.action.title': 'Rendabel × interessant',
  'insight.action.keepAndAnchor': 'Behouden en verankeren',
  'insight.action.develop': 'Ontwikkelen',
  'insight.action.remediate': 'Saneren',
  'insight.action.letGo': 'Afscheid nemen',
  'insight.action.keepAndAnchor.advice': 'Rendabel en interessant: geef de klant een vaste afspraak in de agenda (bijvoorbeeld over zes maanden) over de samenwerking en hoe die beter kan.',
  'insight.action.develop.advice': 'Rendabel, maar (nog) niet interessant: zoek de kansen om de samenwerking uit te breiden en maak een actieplan met voorwaarden en timing.',
  'insight.action.remediate.advice': 'Interessant, maar niet rendabel: bespreek nieuwe voorwaarden (prijs, levering). De meeste klanten passen zich aan.',
  'insight.action.letGo.advice': 'Niet rendabel en niet interessant: laat de klant netjes afvloeien, maar pas als er rendabeler cliënteel voor in de plaats is.',

  // Year over year.
  'insight.col.shift': 'Verschuiving',
  'insight.shift.up': '↑',
  'insight.shift.down': '↓',
  'insight.shift.same': '=',
  'insight.shift.new': 'nieuw',
  'insight.shift.unknown': '?',
  'insight.shift.unknownLabel': 'vorige klasse "{value}" in {address} is geen van de klassen {labels}; deze klant telt niet mee in de verschuivingen.',
  'insight.migration.title': 'Verschuiving sinds vorig jaar',
  'insight.migration.corner': 'Vorig jaar ↓ / nu →',
  'insight.migration.new': 'Nieuw',
  'insight.migration.summary': '{up} gestegen, {down} gedaald, {same} gelijk gebleven, {new} nieuw.',

  // What-if.
  'insight.whatIf.title': 'Wat als…',
  'insight.whatIf.none': 'Geen enkele klant verandert van klasse.',
  'insight.whatIf.count': '{count} klanten veranderen van klasse.',
  'insight.whatIf.change': '{name}: {from} → {to}',
  'insight.whatIf.noClass': 'geen klasse',
  'insight.whatIf.classDelta': '{label}: {before} → {after} klanten, omzet {revenueDelta}',
} as const;

export const insightEn: Record<keyof typeof insightNl, string> = {
  'insight.abc.title': 'Computed ABC limits',
  'insight.abc.advice': 'Your data suggests A ≈ the top {aShare} of clients (from {limitA}) and B ≈ the next {bShare} (from {limitB}).',
  'insight.abc.adviceNoA': 'By the computed limits no client clearly stands out; B ≈ the top {bShare} of clients (from {limitB}).',
  'insight.abc.none': 'Too few clients with a positive value to compute ABC limits.',

  'insight.concentration.title': 'Concentration',
  'insight.concentration.largest': 'Share of the largest client',
  'insight.concentration.top3': 'Share of the top 3',
  'insight.concentration.herfindahl': 'Herfindahl index',
  'insight.concentration.equivalent': 'Revenue is spread as if you had {count} equally large clients.',
  'insight.concentration.warning': 'Note: {name} brings in {share} of revenue, more than {limit}. Do you depend too much on one client?',

  'insight.col.cost': 'Costs',
  'insight.col.margin': 'Margin',
  'insight.col.marginPercent': 'Margin %',
  'insight.col.revenuePerHour': 'Revenue per hour',
  'insight.profit.title': 'Profitability',
  'insight.profit.lossMaking': '{count} clients are loss-making.',
  'insight.profit.missing': 'profitability unknown: {inputs} missing',
  'insight.profit.input.revenue': 'revenue',
  'insight.profit.input.costs': 'costs',
  'insight.profit.input.hours': 'hours',
  'insight.profit.input.costPerHour': 'cost per hour',

  'insight.col.clientType': 'Client type',
  'insight.type.title': 'Client types',
  'insight.type.strategic': 'Strategic',
  'insight.type.large': 'Large',
  'insight.type.development': 'Development',
  'insight.type.transactional': 'Transactional',
  'insight.type.strategic.strategy': 'Invest in the relationship: a partner as fixed contact, look ahead together and help shape their strategy.',
  'insight.type.large.strategy': 'Keep and protect: excellent service and firm agreements; watch how much you depend on this client.',
  'insight.type.development.strategy': 'Grow: map needs and opportunities and make an action plan for additional services.',
  'insight.type.transactional.strategy': 'Serve efficiently: standardised service, digital where possible, at a fair price.',
  'insight.type.unknown': 'unknown (value or potential missing)',

  'insight.action.title': 'Profitable × interesting',
  'insight.action.keepAndAnchor': 'Keep and anchor',
  'insight.action.develop': 'Develop',
  'insight.action.remediate': 'Remediate',
  'insight.action.letGo': 'Let go',
  'insight.action.keepAndAnchor.advice': 'Profitable and interesting: give the client a fixed appointment in the diary (say in six months) about the cooperation and how to improve it.',
  'insight.action.develop.advice': 'Profitable but not (yet) interesting: look for ways to extend the cooperation and make an action plan with conditions and timing.',
  'insight.action.remediate.advice': 'Interesting but not profitable: discuss new terms (price, delivery). Most clients adapt.',
  'insight.action.letGo.advice': 'Neither profitable nor interesting: let the client go gracefully, but only once more profitable clients have taken their place.',

  'insight.col.shift': 'Shift',
  'insight.shift.up': '↑',
  'insight.shift.down': '↓',
  'insight.shift.same': '=',
  'insight.shift.new': 'new',
  'insight.shift.unknown': '?',
  'insight.shift.unknownLabel': 'previous class "{value}" in {address} is none of the classes {labels}; this client is left out of the shifts.',
  'insight.migration.title': 'Shifts since last year',
  'insight.migration.corner': 'Last year ↓ / now →',
  'insight.migration.new': 'New',
  'insight.migration.summary': '{up} moved up, {down} moved down, {same} stayed, {new} new.',

  'insight.whatIf.title': 'What if…',
  'insight.whatIf.none': 'No client changes class.',
  'insight.whatIf.count': '{count} clients change class.',
  'insight.whatIf.change': '{name}: {from} → {to}',
  'insight.whatIf.noClass': 'no class',
  'insight.whatIf.classDelta': '{label}: {before} → {after} clients, revenue {revenueDelta}',
};
