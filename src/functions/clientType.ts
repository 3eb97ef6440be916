import { clientTypeOf, clientTypes as engineClientTypes, type AxisLimit } from '../engine';
import type { CellNumbers } from './args';
import { functionTexts } from './language';
import { fail, Problem, VALUE_ERROR, type Grid, type Outcome, type ParamName } from './problem';

const cellCount = (g: CellNumbers) => g.reduce((n, row) => n + row.length, 0);
const flat = (g: CellNumbers): Float64Array => Float64Array.from(g.flat(), (v) => (v instanceof Problem ? NaN : v));

/**
 * Without a limit the engine takes the median of the clients, as the task pane does. The median of one
 * client is that client, who would always come out "high": a per-row formula must give its limits.
 */
function limitOrMedian(limit: number | undefined, values: Float64Array, argument: ParamName): AxisLimit {
  if (limit !== undefined) return limit;
  const known = values.reduce((n, v) => (Number.isNaN(v) ? n : n + 1), 0);
  if (known < 2) fail(new Problem(VALUE_ERROR, argument, { code: 'fn.medianNeedsClients' }));
  return 'median';
}

/**
 * KLANTTYPE: the engine's client types (value × potential; high = at least the limit) cell by cell of
 * two equal-size ranges, named as the task pane names them (catalog `insight.type.*`).
 */
export function clientTypes(
  values: CellNumbers,
  potentials: CellNumbers,
  valueLimit?: number,
  potentialLimit?: number,
): Grid<Outcome<string>> {
  if (values.length !== potentials.length || values.some((row, r) => row.length !== potentials[r]!.length)) {
    fail(
      new Problem(VALUE_ERROR, 'potentie', {
        code: 'fn.shapeMismatch',
        params: { expected: cellCount(values), actual: cellCount(potentials) },
      }),
    );
  }
  const value = flat(values);
  const potential = flat(potentials);
  const { quadrant } = engineClientTypes(value, potential, {
    value: limitOrMedian(valueLimit, value, 'drempel_waarde'),
    potential: limitOrMedian(potentialLimit, potential, 'drempel_potentie'),
  });
  const tx = functionTexts();
  let i = 0;
  return values.map((row, r) =>
    row.map((v, c) => {
      const type = clientTypeOf(quadrant[i++]!);
      const p = potentials[r]![c]!;
      if (v instanceof Problem) return v;
      if (p instanceof Problem) return p;
      if (type === null) throw new Error('engine left a client with value and potential without a type');
      return tx.t(`insight.type.${type}`);
    }),
  );
}
