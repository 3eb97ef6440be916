/**
 * The metadata Excel reads (functions.json) is generated from the JSDoc in src/functions/functions.ts by
 * custom-functions-metadata, the generator behind custom-functions-metadata-plugin. These tests run
 * that generator on the source and check what Excel will see: ids, names, parameters, optional flags,
 * dimensionality, Dutch help; that every id is associated with an exported function; and the English file.
 */
import path from 'path';
import { generateCustomFunctionsMetadata, type IGenerateResult } from 'custom-functions-metadata';
import * as entry from '../../src/functions/functions';
import { localizeMetadata } from '../../src/functions/metadataLocale';
import { functionHelpNl } from '../../src/i18n/functionHelp';

/** Dutch help text for a key built from the generated metadata (a key the help lacks fails the test). */
function dutch(key: string): string {
  if (!Object.prototype.hasOwnProperty.call(functionHelpNl, key)) throw new Error(`no help text for ${key}`);
  return functionHelpNl[key as keyof typeof functionHelpNl];
}

const SOURCE = path.resolve(__dirname, '../../src/functions/functions.ts');

type Dim = 'matrix' | 'scalar';
interface Expected {
  readonly fn: string;
  readonly params: readonly (readonly [name: string, dim: Dim, optional: boolean])[];
  readonly result: 'number' | 'string';
}

// What each function must look like to Excel, written down from the issue, not read from the output.
const EXPECTED: Record<string, Expected> = {
  KLANTSCORE: {
    fn: 'klantscore',
    params: [
      ['scores', 'matrix', false],
      ['gewichten', 'matrix', false],
      ['schaalmax', 'scalar', true],
    ],
    result: 'number',
  },
  KLANTSCOREPCT: {
    fn: 'klantscorePct',
    params: [
      ['scores', 'matrix', false],
      ['gewichten', 'matrix', false],
      ['schaalmax', 'scalar', true],
    ],
    result: 'number',
  },
  KLANTKLASSE: {
    fn: 'klantklasse',
    params: [
      ['percentage', 'matrix', false],
      ['grenzen', 'matrix', true],
      ['labels', 'matrix', true],
    ],
    result: 'string',
  },
  ABCKLASSE: {
    fn: 'abcklasse',
    params: [
      ['waarde', 'matrix', false],
      ['alle_waarden', 'matrix', false],
      ['grenzen', 'matrix', true],
      ['labels', 'matrix', true],
    ],
    result: 'string',
  },
  RANGKLASSE: {
    fn: 'rangklasse',
    params: [
      ['waarde', 'matrix', false],
      ['alle_waarden', 'matrix', false],
      ['aandelen', 'matrix', true],
      ['labels', 'matrix', true],
    ],
    result: 'string',
  },
  PIRAMIDELAAG: {
    fn: 'piramidelaag',
    params: [
      ['waarde', 'matrix', false],
      ['alle_waarden', 'matrix', false],
    ],
    result: 'string',
  },
  OMZETAANDEEL: {
    fn: 'omzetaandeel',
    params: [
      ['waarde', 'matrix', false],
      ['alle_waarden', 'matrix', false],
    ],
    result: 'number',
  },
  KLANTTYPE: {
    fn: 'klanttype',
    params: [
      ['waarde', 'matrix', false],
      ['potentie', 'matrix', false],
      ['drempel_waarde', 'scalar', true],
      ['drempel_potentie', 'scalar', true],
    ],
    result: 'string',
  },
  CONTACTMOMENTEN: { fn: 'contactmomenten', params: [['klasse', 'matrix', false]], result: 'number' },
};

interface Parameter {
  name: string;
  description?: string;
  dimensionality?: string;
  optional?: boolean;
  type?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { dimensionality?: string; type?: string };
  options?: Record<string, boolean>;
}

let generated: IGenerateResult;
let functions: FunctionMetadata[];

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(SOURCE);
  functions = (JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] }).functions;
});

const byId = (id: string): FunctionMetadata => functions.find((f) => f.id === id)!;

describe('generated functions.json', () => {
  it('generates without errors and lists exactly the nine functions, named as their ids', () => {
    expect(generated.errors).toEqual([]);
    expect(functions.map((f) => f.id)).toEqual(Object.keys(EXPECTED));
    for (const f of functions) expect(f.name).toBe(f.id);
  });

  it.each(Object.entries(EXPECTED))('%s has the right parameters, optional flags and dimensionality', (id, expected) => {
    const f = byId(id);
    expect(f.parameters.map((p) => [p.name, p.dimensionality ?? 'scalar', p.optional ?? false])).toEqual(expected.params);
    // "any", so that Excel hands blank cells and text to the function instead of turning them into 0 or #VALUE!.
    for (const p of f.parameters) expect(p.type).toBe('any');
    expect(f.result).toEqual({ dimensionality: 'matrix', type: expected.result });
    // Pure functions of their arguments: not volatile, not streaming.
    expect(f.options ?? {}).toEqual({});
  });

  it('carries the Dutch help (src/i18n/functionHelp.ts) for every function and parameter', () => {
    for (const f of functions) {
      expect(f.description).toBe(dutch(`fn.help.${f.id}`));
      for (const p of f.parameters) expect(p.description).toBe(dutch(`fn.help.${f.id}.${p.name}`));
    }
    expect(byId('KLANTSCORE').description).toMatch(/^Gewogen klantscore/);
  });

  it('associates every id with the exported function of that name', () => {
    const associations = Object.fromEntries(generated.associate.map((a) => [a.id, a.functionName]));
    expect(associations).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([id, e]) => [id, e.fn])));
    for (const name of Object.values(associations)) expect(typeof (entry as Record<string, unknown>)[name]).toBe('function');
  });
});

describe('English functions.en.json', () => {
  it('renames functions and parameters and translates the help, keeping ids and shapes', () => {
    const english = (JSON.parse(localizeMetadata(generated.metadataJson, 'en')) as { functions: FunctionMetadata[] }).functions;
    expect(english.map((f) => f.name)).toEqual([
      'CLIENTSCORE',
      'CLIENTSCOREPCT',
      'CLIENTCLASS',
      'ABCCLASS',
      'RANKCLASS',
      'PYRAMIDLEVEL',
      'REVENUESHARE',
      'CLIENTTYPE',
      'CONTACTMOMENTS',
    ]);
    expect(english.map((f) => f.id)).toEqual(functions.map((f) => f.id));
    const abc = english.find((f) => f.id === 'ABCKLASSE')!;
    expect(abc.parameters.map((p) => p.name)).toEqual(['value', 'all_values', 'limits', 'labels']);
    expect(abc.description).toMatch(/^ABC class \(Pareto\) within a column/);
    english.forEach((f, i) => {
      expect(f.parameters.map((p) => [p.dimensionality, p.optional, p.type])).toEqual(
        functions[i]!.parameters.map((p) => [p.dimensionality, p.optional, p.type]),
      );
      expect(f.result).toEqual(functions[i]!.result);
    });
  });

  it('uses names Excel accepts: letters, digits, underscore and period, starting with a letter, at least 3 long', () => {
    const english = (JSON.parse(localizeMetadata(generated.metadataJson, 'en')) as { functions: FunctionMetadata[] }).functions;
    for (const name of [...english, ...functions].map((f) => f.name)) expect(name).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
  });
});
