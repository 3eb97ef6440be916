/**
 * Help in the pane: one short explanation per scoring type and class method (shown where the choice
 * is made) and the method panel. Written for an accountant who has not read the literature.
 */
export const helpNl = {
  'help.open': 'Uitleg',
  'help.title': 'Zo werkt Klantwaarde',
  'help.close': 'Sluiten',
  'help.scoring.label': 'Uitleg scoring {criterion}',
  'help.scoring.direct':
    'Score staat in de cel: u vult per klant zelf 0 (matig) tot en met 3 (heel goed) in, bijvoorbeeld voor netwerk of samenwerking.',
  'help.scoring.thresholds':
    'Grenzen: u kiest zelf vanaf welk bedrag of aantal een klant 1, 2 of 3 punten krijgt. Goed als u vaste normen heeft.',
  'help.scoring.quantiles':
    'Kwantielen: de klanten worden op volgorde gezet en in gelijke groepen verdeeld; de bovenste groep krijgt 3 punten. Uitschieters tellen niet zwaarder dan de rest.',
  'help.scoring.linear':
    'Lineair: de laagste waarde krijgt 0 punten, de hoogste de maximale score en alles ertussen naar verhouding. Eén heel grote klant drukt de rest omlaag.',
  'help.method.label': 'Uitleg indeling',
  'help.method.score':
    'Scoregrenzen: een klant komt in de eerste klasse waarvan hij de ondergrens haalt, als percentage van de hoogst mogelijke score. Klassen kunnen leeg blijven.',
  'help.method.rank':
    'Aandelen op rangorde: de klanten staan op score van hoog naar laag; de eerste klasse krijgt het gekozen percentage van de klanten, dan de volgende. Gelijke scores blijven bij elkaar.',
  'help.method.pyramid':
    'Klantenpiramide (naar Jay Curry): op rangorde in lagen Top 1%, Groot 4%, Middel 15% en Klein 80% van de klanten. Een kleine klant is niet vanzelf een slechte klant.',
  'help.method.pareto':
    'Pareto op omzet: de grootste klanten die samen de eerste grens (bijv. 80%) van de omzet halen vormen klasse A, tot de tweede grens (bijv. 95%) klasse B, de rest C.',
  'help.method.computed':
    'Berekende ABC-grenzen: de grenzen volgen uit de verdeling van de scores zelf (ABC-analyse van Ultsch en Lötsch), zonder dat u percentages kiest. Altijd 3 klassen.',

  'help.why.title': 'Waarom klanten indelen?',
  'help.why.text':
    'Niet elke klant vraagt of verdient dezelfde aandacht. Wie weet welke klanten het meest waard zijn, kan bij drukte kiezen wie voorgaat, de beste klanten een vast contactplan geven en gericht kijken naar klanten die meer kosten dan ze opleveren. De klant met de meeste omzet is niet altijd de beste; de luidste ook niet.',
  'help.matrix.title': 'De scoringsmatrix',
  'help.matrix.text':
    'Kies naast omzet een paar criteria die voor uw kantoor tellen, zoals portfolio, netwerk en samenwerking. Elk criterium krijgt een gewicht van 1 tot en met 5 (hoe belangrijk), elke klant per criterium een score van 0 tot en met 3. Score maal gewicht, opgeteld, is de klantscore: bij gewichten 5, 2, 3, 1 en scores 3, 2, 2, 2 is dat 27 van de 33.',
  'help.classes.title': 'Van score naar klasse',
  'help.classes.text':
    'Met scoregrenzen bepaalt u zelf wat een A-klant is; met aandelen op rangorde of de klantenpiramide ligt vast hoeveel klanten in elke klasse komen; Pareto kijkt alleen naar het omzetaandeel; berekende grenzen laten de gegevens spreken. De "Wat als?"-vergelijking laat zien welke klanten van klasse wisselen voordat er iets in de werkmap verandert.',
  'help.action.title': 'Wat doet u per klasse?',
  'help.action.text':
    'A-klanten: houd ze vast met een contactplan (wie belt hoe vaak, wat krijgen ze extra). B-klanten: zoek wie potentie heeft om A te worden. De laagste klasse: ga eerst na waarom een klant daar staat. Is hij onrendabel, of alleen klein? Kijk naar kosten en baten, naar zijn netwerk en naar uw eigen aandeel; bespreek tarief en voorwaarden. Afscheid nemen is een laatste stap, en dan netjes, eventueel met een verwijzing naar een kantoor dat beter past.',
  'help.risk.title': 'Let op afhankelijkheid',
  'help.risk.text':
    'Een leuke grote opdrachtgever die een groot deel van uw tijd en omzet vraagt, maakt u kwetsbaar. Het rapport toont daarom het omzetaandeel van de grootste klant en de top 3, en waarschuwt boven de ingestelde grens.',
} as const;
