import type { CellNumbers } from './args';
import { cellPlace } from './cells';
import { fractionCheck } from './classes';
import { fail, Problem, VALUE_ERROR, type Grid, type Outcome } from './problem';

/*
 * Stand-in until src/engine/clientTypes.ts lands (it was being written in parallel): the lead should
 * replace clientTypeOf and CLIENT_TYPE_LABELS by the engine's, so there is one rule for the quadrant.
 */

/** The four client types of the seed on client value (Steenhuizen), high value first. */
export const CLIENT_TYPE_LABELS = ['Strategisch', 'Groot', 'Ontwikkeling', 'Transactioneel'] as const;
export type ClientType = (typeof CLIENT_TYPE_LABELS)[number];
export const DEFAULT_TYPE_LIMIT = 0.5;

/** Value × potential quadrant; reaching a limit counts as high, like a class limit. */
export function clientTypeOf(value: number, potential: number, valueLimit: number, potentialLimit: number): ClientType {
  const highValue = value >= valueLimit;
  const highPotential = potential >= potentialLimit;
  if (highValue) return highPotential ? 'Strategisch' : 'Groot';
  return highPotential ? 'Ontwikkeling' : 'Transactioneel';
}

/** KLANTTYPE per cell; value and potential are fractions (0..1), cell by cell of equal-size ranges. */
export function clientTypes(
  values: CellNumbers, potentials: CellNumbers, valueLimit = DEFAULT_TYPE_LIMIT, potentialLimit = DEFAULT_TYPE_LIMIT,
): Grid<Outcome<ClientType>> {
  const sizes = [values, potentials].map((g) => `${g.length}x${g[0]?.length ?? 0}`);
  if (sizes[0] !== sizes[1]) {
    const cells = (g: CellNumbers) => g.reduce((n, row) => n + row.length, 0);
    fail(new Problem(VALUE_ERROR, 'potentie', { code: 'fn.shapeMismatch', params: { expected: cells(values), actual: cells(potentials) } }));
  }
  for (const [limit, name] of [[valueLimit, 'drempel_waarde'], [potentialLimit, 'drempel_potentie']] as const) {
    const problem = fractionCheck(name)(limit);
    if (problem) fail(problem);
  }
  const valueCheck = fractionCheck('waarde');
  const potentialCheck = fractionCheck('potentie');
  return values.map((row, r) => row.map((value, c) => {
    const potential = potentials[r]![c]!;
    const place = cellPlace(r, c);
    if (value instanceof Problem) return value;
    if (potential instanceof Problem) return potential;
    return valueCheck(value, place) ?? potentialCheck(potential, place) ?? clientTypeOf(value, potential, valueLimit, potentialLimit);
  }));
}
