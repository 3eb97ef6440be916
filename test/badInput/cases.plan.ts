/**
 * Bad input for the contact plan and the growth budget (issue 14): the optional columns Relatiebeheerder,
 * Extra omzet and Kans (F, G, H) beside the four clients, the model's plan section, and the command
 * line's --agenda. A bad growth cell leaves that client out of the budget with a warning naming the
 * cell; it never stops the run. Sheet rows: 2 Aalders, 3 Bakker, 4 Claes, 5 De Vries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/errors';
import type { CellValue } from '../../src/engine';
import { FOUR, classifySheet, model, runInFolder, xlsxBytes, type BadInputCase } from './harness';

const PLAN_COLUMNS: CellValue[][] = [
  ['Relatiebeheerder', 'Extra omzet', 'Kans'],
  ['Jan', 10000, 30],
  ['Jan', 4000, 50],
  ['Piet', 2000, 10],
  ['Piet', 0, 0],
];

/** FOUR with the plan columns, one cell replaced (`sheetRow` 1-based, column by header). */
function planTable(sheetRow?: number, header?: string, value?: CellValue): CellValue[][] {
  const rows = FOUR.map((row, r) => [...row, ...PLAN_COLUMNS[r]!]);
  if (sheetRow !== undefined) rows[sheetRow - 1]![rows[0]!.indexOf(header!)] = value;
  return rows;
}

/** The scoring matrix (Aalders A, Bakker B, Claes C, De Vries D) with a plan section. */
const withPlan = (plan: Record<string, unknown>) =>
  model({
    name: 'Scoringsmatrix',
    revenue: 'Omzet',
    plan,
    criteria: [
      { name: 'Omzet', weight: 5, scoring: { type: 'quantiles' } },
      { name: 'Portfolio', weight: 2 },
      { name: 'Netwerk', weight: 3 },
      { name: 'Samenwerking', weight: 1 },
    ],
  });

const A1 = { select: ['A1'] } as const;
const expectedTotal = (o: { outcome?: { action?: { growth?: { total: { expected: number } } } } }) =>
  o.outcome!.action!.growth!.total.expected;

const INPUT = xlsxBytes({ Blad1: planTable() });
const MODEL_NEGATIVE_HOURS = JSON.stringify(
  {
    version: 1,
    name: 'Kantoor',
    criteria: [{ name: 'Portfolio', weight: 1 }],
    plan: { serviceLevels: [{ class: 'A', contactsPerYear: 4, hoursPerYear: -4 }] },
  },
  null,
  2,
);

export const planCases: readonly BadInputCase[] = [
  {
    id: 53,
    title: 'a success chance above 100% (growth budget)',
    arrange: () => classifySheet(planTable(2, 'Kans', 120), A1),
    expect: { kind: 'warns', message: { code: 'growth.chanceRange', params: { cell: 'Klanten!H2', client: 'Aalders', value: '120%' } } },
    // Left out of the budget, never capped at 100%: Bakker 50% × 4000 + Claes 10% × 2000.
    also: (o) => {
      expect(expectedTotal(o)).toBe(2200);
    },
  },
  {
    id: 54,
    title: 'a negative additional revenue (growth budget)',
    arrange: () => classifySheet(planTable(3, 'Extra omzet', -500), A1),
    expect: {
      kind: 'warns',
      message: { code: 'growth.opportunityNegative', params: { cell: 'Klanten!G3', client: 'Bakker', value: -500 } },
    },
    also: (o) => {
      expect(expectedTotal(o)).toBe(3200);
    },
  },
  {
    id: 55,
    title: 'text where the success chance belongs',
    arrange: () => classifySheet(planTable(4, 'Kans', 'misschien'), A1),
    expect: {
      kind: 'warns',
      message: { code: 'growth.notNumber', params: { cell: 'Klanten!H4', client: 'Claes', value: 'misschien', column: 'Kans' } },
    },
    also: (o) => {
      expect(expectedTotal(o)).toBe(5000);
    },
  },
  {
    id: 56,
    title: 'a relationship owner the model does not know (a typo)',
    arrange: () =>
      classifySheet(planTable(3, 'Relatiebeheerder', 'Jna'), {
        ...A1,
        model: withPlan({
          owners: [
            { name: 'Jan', hours: 100 },
            { name: 'Piet', hours: 100 },
          ],
        }),
      }),
    expect: {
      kind: 'warns',
      message: { code: 'plan.unknownOwner', params: { name: 'Jna', cell: 'Klanten!F3', client: 'Bakker', owners: 'Jan, Piet' } },
    },
    also: (o) => {
      expect(o.outcome!.action!.contactPlan!.byOwner.map((t) => t.name)).toEqual(['Jan', 'Jna', 'Piet']);
    },
  },
  {
    id: 57,
    title: 'a contact plan that needs more hours than the capacity',
    // A 16 + B 6 + C 2 + D 1 hours (the default service levels) against 10.
    arrange: () => classifySheet(planTable(), { ...A1, model: withPlan({ capacityHours: 10 }) }),
    expect: { kind: 'warns', message: { code: 'plan.overCapacity', params: { needed: 25, capacity: 10 } } },
    also: (o) => {
      expect(o.wb!.sheetNames()).toContain('Contactplan 2026');
    },
  },
  {
    id: 58,
    title: 'negative hours for a class in the model file',
    arrange: () =>
      runInFolder({ 'klanten.xlsx': INPUT, 'model.json': MODEL_NEGATIVE_HOURS }, ['classify', 'klanten.xlsx', '--model', 'model.json']),
    expect: {
      kind: 'cli',
      exit: EXIT.model,
      message: { code: 'model.plan.hoursNegative', params: { path: 'plan.serviceLevels[0].hoursPerYear', value: -4 } },
    },
  },
  {
    id: 59,
    title: 'an agenda file that is not .ics (command line)',
    arrange: () => runInFolder({ 'klanten.xlsx': INPUT }, ['classify', 'klanten.xlsx', '--agenda', 'plan.txt']),
    expect: { kind: 'cli', exit: EXIT.usage, message: { code: 'cli.agendaNotIcs', params: { file: 'plan.txt' } } },
  },
  {
    id: 60,
    title: 'the agenda file exists already, no --force (command line)',
    arrange: () => runInFolder({ 'klanten.xlsx': INPUT, 'plan.ics': 'mijn agenda' }, ['classify', 'klanten.xlsx', '--agenda', 'plan.ics']),
    expect: { kind: 'cli', exit: EXIT.output, message: { code: 'cli.agendaExists', params: { file: 'plan.ics' } } },
    also: ({ dir }) => {
      expect(readFileSync(join(dir!, 'plan.ics'), 'utf8')).toBe('mijn agenda');
    },
  },
];
