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

export const helpEn: Record<keyof typeof helpNl, string> = {
  'help.open': 'Help',
  'help.title': 'How Klantwaarde works',
  'help.close': 'Close',
  'help.scoring.label': 'About the scoring of {criterion}',
  'help.scoring.direct':
    'Score in the cell: you enter 0 (poor) to 3 (very good) per client yourself, for example for network or cooperation.',
  'help.scoring.thresholds':
    'Thresholds: you choose from which amount or number a client gets 1, 2 or 3 points. Good when you have fixed norms.',
  'help.scoring.quantiles':
    'Quantiles: clients are put in order and split into equal groups; the top group gets 3 points. Outliers do not weigh more than the rest.',
  'help.scoring.linear':
    'Linear: the lowest value gets 0 points, the highest the maximum score, everything in between in proportion. One very large client pushes the rest down.',
  'help.method.label': 'About the class method',
  'help.method.score':
    'Score limits: a client goes into the first class whose lower limit it reaches, as a percentage of the highest possible score. Classes may stay empty.',
  'help.method.rank':
    'Rank shares: clients are ordered by score from high to low; the first class gets the chosen percentage of clients, then the next. Equal scores stay together.',
  'help.method.pyramid':
    'Client pyramid (after Jay Curry): by rank into layers Top 1%, Large 4%, Medium 15% and Small 80% of clients. A small client is not by itself a bad client.',
  'help.method.pareto':
    'Pareto on revenue: the largest clients that together reach the first limit (e.g. 80%) of revenue form class A, up to the second limit (e.g. 95%) class B, the rest C.',
  'help.method.computed':
    'Computed ABC limits: the limits follow from the distribution of the scores themselves (ABC analysis by Ultsch and Lötsch), without you choosing percentages. Always 3 classes.',

  'help.why.title': 'Why classify clients?',
  'help.why.text':
    'Not every client asks for or deserves the same attention. Knowing which clients are worth most lets you choose who goes first when busy, give your best clients a fixed contact plan and look closely at clients who cost more than they bring in. The client with the most revenue is not always the best; nor is the loudest.',
  'help.matrix.title': 'The scoring matrix',
  'help.matrix.text':
    'Next to revenue, choose a few criteria that matter to your firm, such as portfolio, network and cooperation. Each criterion gets a weight from 1 to 5 (how important), each client a score from 0 to 3 per criterion. Score times weight, added up, is the client score: with weights 5, 2, 3, 1 and scores 3, 2, 2, 2 that is 27 of 33.',
  'help.classes.title': 'From score to class',
  'help.classes.text':
    'With score limits you decide what an A client is; with rank shares or the client pyramid the number of clients per class is fixed; Pareto looks at revenue share only; computed limits let the data speak. The "What if?" comparison shows which clients change class before anything in the workbook changes.',
  'help.action.title': 'What to do per class?',
  'help.action.text':
    'A clients: keep them with a contact plan (who calls how often, what they get extra). B clients: look for those with the potential to become A. The lowest class: first find out why a client is there. Is it unprofitable, or just small? Look at costs and benefits, at its network and at your own part; discuss fees and terms. Parting ways is a last step, and then politely, perhaps referring the client to a firm that suits it better.',
  'help.risk.title': 'Mind the dependence',
  'help.risk.text':
    'One pleasant large client that takes a big part of your time and revenue makes you vulnerable. The report therefore shows the revenue share of the largest client and the top 3, and warns above the limit you set.',
};
