/**
 * Bad model files, given to the command line with --model (the task pane's "import model" runs the
 * same validator). Each stops with exit code 4 before anything is read or written, naming the field.
 */
import { readdirSync } from 'node:fs';
import { EXIT } from '../../src/cli/errors';
import { FOUR, runInFolder, xlsxBytes, type BadInputCase, type Observed } from './harness';

const INPUT = xlsxBytes({ Blad1: FOUR });

function withModel(text: string): Promise<Observed> {
  return runInFolder({ 'klanten.xlsx': INPUT, 'model.json': text }, ['classify', 'klanten.xlsx', '--model', 'model.json']);
}

const modelJson = (criteria: unknown[]) => JSON.stringify({ version: 1, name: 'Kantoor', criteria }, null, 2);

/** Nothing was written: the folder holds just the two files the case made, and the heading names the file. */
function nothingWritten({ dir, cli }: Observed): void {
  expect(readdirSync(dir!).sort()).toEqual(['klanten.xlsx', 'model.json']);
  expect(cli!.stdout).toBe('');
  expect(cli!.stderr.split('\n')[0]).toBe('Het model in model.json is ongeldig:');
}

/** The missing comma after "Omzet" on line 4: the error is at the quote of "weight", character 23. */
const MISSING_COMMA = ['{', '  "version": 1,', '  "criteria": [', '    { "name": "Omzet" "weight": 5 }', '  ]', '}'].join('\n');

export const modelCases: readonly BadInputCase[] = [
  {
    id: 35,
    title: 'a model file whose weights are all 0',
    arrange: () =>
      withModel(
        modelJson([
          { name: 'Omzet', weight: 0 },
          { name: 'Netwerk', weight: 0 },
        ]),
      ),
    expect: { kind: 'cli', exit: EXIT.model, message: { code: 'model.allWeightsZero', params: { path: 'criteria' } } },
    also: nothingWritten,
  },
  {
    id: 36,
    title: 'a model file with a negative weight',
    arrange: () =>
      withModel(
        modelJson([
          { name: 'Omzet', weight: -2 },
          { name: 'Netwerk', weight: 3 },
        ]),
      ),
    expect: { kind: 'cli', exit: EXIT.model, message: { code: 'model.weightNegative', params: { path: 'criteria[0].weight', value: -2 } } },
    also: nothingWritten,
  },
  {
    id: 37,
    title: 'a model file with a weight as text',
    arrange: () =>
      withModel(
        modelJson([
          { name: 'Omzet', weight: 5 },
          { name: 'Netwerk', weight: 'zwaar' },
        ]),
      ),
    expect: {
      kind: 'cli',
      exit: EXIT.model,
      message: { code: 'model.weightNotNumber', params: { path: 'criteria[1].weight', value: 'zwaar' } },
    },
    also: nothingWritten,
  },
  {
    id: 38,
    title: 'a model file that is not valid JSON',
    arrange: () => withModel(MISSING_COMMA),
    expect: { kind: 'cli', exit: EXIT.model, message: { code: 'model.invalidJson', params: { path: '', line: '4', column: '23' } } },
    also: nothingWritten,
  },
  {
    id: 39,
    title: 'a JSON file that is no model at all (a package.json)',
    arrange: () => withModel(JSON.stringify({ name: 'kantoor-scripts', version: '1.0.0', dependencies: {} }, null, 2)),
    // Its "version" is "1.0.0", not our 1: one clear sentence instead of a list of missing fields.
    expect: { kind: 'cli', exit: EXIT.model, message: { code: 'model.notModel', params: { path: '' } } },
    also: nothingWritten,
  },
];
