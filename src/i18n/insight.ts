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
