// English texts of ../help.ts. Only in the lang-en chunk, which ../catalog.ts loads on demand.
import type { helpNl } from '../help';

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
