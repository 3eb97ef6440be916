/**
 * Portfolio insight: computed ABC limits, concentration, profitability, client types and
 * year-over-year shifts. Keyed families: `insight.type.${ClientType}` (and `.strategy`),
 * `insight.shift.${ShiftKind}`, `insight.type.value.${'revenue' | 'score'}`.
 */
export const insightNl = {
  // Computed ABC limits (advice next to fixed limits).
  'insight.abc.title': 'Berekende ABC-grenzen',
  'insight.abc.advice':
    'Uw gegevens wijzen op A ≈ de bovenste {aShare} van de klanten (vanaf {limitA}) en B ≈ de volgende {bShare} (vanaf {limitB}).',
  'insight.abc.adviceNoA':
    'Volgens de berekende grenzen steekt geen klant duidelijk boven de rest uit; B ≈ de bovenste {bShare} van de klanten (vanaf {limitB}).',

  // Concentration.
  'insight.concentration.title': 'Concentratie',
  'insight.concentration.largest': 'Aandeel grootste klant',
  'insight.concentration.top3': 'Aandeel top 3',
  'insight.concentration.herfindahl': 'Herfindahl-index',
  'insight.concentration.equivalent': 'De omzet is gespreid alsof u {count} even grote klanten had.',
  'insight.concentration.warning':
    'Let op: {name} zorgt voor {share} van de omzet, meer dan {limit}. Bent u niet te afhankelijk van één opdrachtgever?',

  // Profitability.
  'insight.col.cost': 'Kosten',
  'insight.col.margin': 'Marge',
  'insight.col.marginPercent': 'Marge %',
  'insight.col.revenuePerHour': 'Omzet per uur',
  'insight.profit.title': 'Rendement',
  'insight.profit.lossMaking': '{count} klanten leveren verlies op.',

  // Client types (value × potential).
  'insight.col.clientType': 'Klanttype',
  'insight.type.title': 'Klanttypen',
  'insight.type.strategic': 'Strategisch',
  'insight.type.large': 'Groot',
  'insight.type.development': 'Ontwikkeling',
  'insight.type.transactional': 'Transactioneel',
  'insight.type.strategic.strategy':
    'Investeer in de relatie: een vennoot als vast aanspreekpunt, samen vooruitkijken en meedenken over de strategie.',
  'insight.type.large.strategy':
    'Behoud en bescherm: uitstekende service en vaste afspraken; houd de afhankelijkheid van deze klant in het oog.',
  'insight.type.development.strategy': 'Laat groeien: breng behoeften en kansen in kaart en maak een actieplan voor extra dienstverlening.',
  'insight.type.transactional.strategy':
    'Bedien efficiënt: gestandaardiseerde dienstverlening, digitaal waar het kan, tegen een faire prijs.',
  'insight.type.unknown': 'onbekend (waarde of potentie ontbreekt)',

  // Year over year.
  'insight.col.shift': 'Verschuiving',
  'insight.shift.up': '↑',
  'insight.shift.down': '↓',
  'insight.shift.same': '=',
  'insight.shift.new': 'nieuw',
  'insight.shift.unknown': '?',
  'insight.migration.title': 'Verschuiving sinds vorig jaar',
  'insight.migration.corner': 'Vorig jaar ↓ / nu →',
  'insight.migration.new': 'Nieuw',
  'insight.migration.summary': '{up} gestegen, {down} gedaald, {same} gelijk gebleven, {new} nieuw.',
  'insight.migration.rest':
    'Verder {other} met een klasse vorig jaar die niet in deze indeling voorkomt en {none} zonder klasse dit jaar; samen {total} klanten.',

  // Surfaced in the result columns, the report sheet, the pane and the CLI.
  'insight.abc.basisScore': 'Berekend op de klantscore.',
  'insight.abc.basisColumn': 'Berekend op kolom "{column}".',
  'insight.concentration.line':
    'Concentratie: grootste klant {name} met {share} van de omzet, top 3 samen {top3}, Herfindahl-index {herfindahl}.',
  'insight.pyramid.title': 'Klassenpiramide',
  'insight.pareto.limit': 'Grens {from}/{to}',
  'insight.type.axes':
    'Waarde: {value} (hoog vanaf {valueLimit}); potentie: kolom "{potential}" (hoog vanaf {potentialLimit}). De grenzen zijn de mediaan van uw klanten.',
  'insight.type.value.revenue': 'omzet',
  'insight.type.value.score': 'klantscore',
  'insight.profit.rate': 'Uren tellen als kosten tegen {rate} per uur (veld "hourlyCost" in het model).',
  'insight.profit.noRate': 'Het model geeft geen kostprijs per uur (veld "hourlyCost"): uit de uren volgt de omzet per uur, geen marge.',
  'insight.profit.clients': 'Over {count} klanten met een bekende marge.',
  'insight.tableGrowthBlocked':
    'Tabel "{table}" heeft eigen kolommen rechts van de resultaatkolommen ({cells}); daar is geen plaats voor {columns} nieuwe resultaatkolom(men). Zet die kolommen links van de resultaten of verwijder eerst de resultaten.',
} as const;

export const insightEn: Record<keyof typeof insightNl, string> = {
  'insight.abc.title': 'Computed ABC limits',
  'insight.abc.advice': 'Your data suggests A ≈ the top {aShare} of clients (from {limitA}) and B ≈ the next {bShare} (from {limitB}).',
  'insight.abc.adviceNoA': 'By the computed limits no client clearly stands out; B ≈ the top {bShare} of clients (from {limitB}).',

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

  'insight.col.clientType': 'Client type',
  'insight.type.title': 'Client types',
  'insight.type.strategic': 'Strategic',
  'insight.type.large': 'Large',
  'insight.type.development': 'Development',
  'insight.type.transactional': 'Transactional',
  'insight.type.strategic.strategy':
    'Invest in the relationship: a partner as fixed contact, look ahead together and help shape their strategy.',
  'insight.type.large.strategy': 'Keep and protect: excellent service and firm agreements; watch how much you depend on this client.',
  'insight.type.development.strategy': 'Grow: map needs and opportunities and make an action plan for additional services.',
  'insight.type.transactional.strategy': 'Serve efficiently: standardised service, digital where possible, at a fair price.',
  'insight.type.unknown': 'unknown (value or potential missing)',

  'insight.col.shift': 'Shift',
  'insight.shift.up': '↑',
  'insight.shift.down': '↓',
  'insight.shift.same': '=',
  'insight.shift.new': 'new',
  'insight.shift.unknown': '?',
  'insight.migration.title': 'Shifts since last year',
  'insight.migration.corner': 'Last year ↓ / now →',
  'insight.migration.new': 'New',
  'insight.migration.summary': '{up} moved up, {down} moved down, {same} stayed, {new} new.',
  'insight.migration.rest':
    'Also {other} with a class last year that this classification does not have and {none} without a class this year; {total} clients in all.',

  'insight.abc.basisScore': 'Computed on the client score.',
  'insight.abc.basisColumn': 'Computed on column "{column}".',
  'insight.concentration.line':
    'Concentration: largest client {name} with {share} of revenue, top 3 together {top3}, Herfindahl index {herfindahl}.',
  'insight.pyramid.title': 'Class pyramid',
  'insight.pareto.limit': 'Limit {from}/{to}',
  'insight.type.axes':
    'Value: {value} (high from {valueLimit}); potential: column "{potential}" (high from {potentialLimit}). The limits are the median of your clients.',
  'insight.type.value.revenue': 'revenue',
  'insight.type.value.score': 'client score',
  'insight.profit.rate': 'Hours count as costs at {rate} per hour (field "hourlyCost" in the model).',
  'insight.profit.noRate': 'The model gives no cost per hour (field "hourlyCost"): the hours give revenue per hour, not a margin.',
  'insight.profit.clients': 'Over {count} clients with a known margin.',
  'insight.tableGrowthBlocked':
    'Table "{table}" has columns of its own right of the result columns ({cells}); there is no room for {columns} new result column(s). Move those columns left of the results or remove the results first.',
};
