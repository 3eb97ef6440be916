import { classByPercentage, paretoClass, pyramidLevel, rankClass, revenueShare } from './classes';
import { clientTypes } from './clientType';
import { Problem } from './problem';
import { defineFunction } from './runner';
import { scoreClients } from './score';

/*
 * Every worksheet function as parameters plus a one-line body that calls the engine. Checking,
 * coercion, spilling and errors are the runner's job (see runner.ts and args.ts).
 */

const SCORE_PARAMS = [
  { name: 'scores', kind: 'cells' },
  { name: 'gewichten', kind: 'numbers' },
  { name: 'schaalmax', kind: 'number', optional: true },
] as const;

const WITHIN_PARAMS = [
  { name: 'waarde', kind: 'cells' },
  { name: 'alle_waarden', kind: 'population' },
] as const;

export const KLANTSCORE = defineFunction('KLANTSCORE', SCORE_PARAMS, (scores, weights, scaleMax) =>
  scoreClients(scores, weights, scaleMax).map((o) => [o instanceof Problem ? o : o.score]),
);

export const KLANTSCOREPCT = defineFunction('KLANTSCOREPCT', SCORE_PARAMS, (scores, weights, scaleMax) =>
  scoreClients(scores, weights, scaleMax).map((o) => [o instanceof Problem ? o : o.percent]),
);

export const KLANTKLASSE = defineFunction(
  'KLANTKLASSE',
  [
    { name: 'percentage', kind: 'cells' },
    { name: 'grenzen', kind: 'numbers', optional: true },
    { name: 'labels', kind: 'labels', optional: true },
  ],
  classByPercentage,
);

export const ABCKLASSE = defineFunction(
  'ABCKLASSE',
  [...WITHIN_PARAMS, { name: 'grenzen', kind: 'numbers', optional: true }, { name: 'labels', kind: 'labels', optional: true }],
  paretoClass,
);

export const RANGKLASSE = defineFunction(
  'RANGKLASSE',
  [...WITHIN_PARAMS, { name: 'aandelen', kind: 'numbers', optional: true }, { name: 'labels', kind: 'labels', optional: true }],
  rankClass,
);

export const PIRAMIDELAAG = defineFunction('PIRAMIDELAAG', WITHIN_PARAMS, pyramidLevel);

export const OMZETAANDEEL = defineFunction('OMZETAANDEEL', WITHIN_PARAMS, revenueShare);

export const KLANTTYPE = defineFunction(
  'KLANTTYPE',
  [
    { name: 'waarde', kind: 'cells' },
    { name: 'potentie', kind: 'cells' },
    { name: 'drempel_waarde', kind: 'number', optional: true },
    { name: 'drempel_potentie', kind: 'number', optional: true },
  ],
  clientTypes,
);
