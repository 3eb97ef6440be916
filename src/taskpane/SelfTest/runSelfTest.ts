import { modelToJson, presetModel, type CellValue, type ScoringModel } from '../../engine';
import { evaluate } from '../../functions/runner';
import { ABCKLASSE } from '../../functions/specs';
import type { Texts } from '../../i18n/catalog';
import { a1 } from '../../workbook/cells';
import { resultHeaders, SETTINGS_KEYS } from '../../workbook/results';
import { KlantwaardeError, type ClassifyOutcome, type KlantwaardeSession } from '../../workbook/session';
import type { PaneHost } from '../host/paneHost';
import { missingRequirements, REPORTED_SETS } from '../host/requirements';
import { securityViolations } from '../host/securityViolations';
import type { SelfTestWorkbook } from './selfTestWorkbook';

export type SelfTestStepId =
  | 'environment'
  | 'setup'
  | 'classify'
  | 'values'
  | 'formats'
  | 'report'
  | 'savedModel'
  | 'rerun'
  | 'excelTable'
  | 'protection'
  | 'removal'
  | 'functions'
  | 'security'
  | 'cleanup';

export interface SelfTestStep {
  readonly id: SelfTestStepId;
  readonly ok: boolean;
  /** What was found, or what went wrong, in the user's language. */
  readonly detail: string;
}

export interface SelfTestResult {
  readonly steps: readonly SelfTestStep[];
  readonly ok: boolean;
  /** Plain text for a support request: host, platform, version, requirement sets, every step. */
  readonly report: string;
}

export interface SelfTestEnvironment {
  readonly session: KlantwaardeSession;
  readonly workbook: SelfTestWorkbook;
  readonly host: PaneHost;
  /** The language the report and the expected headers are in (the pane's). */
  readonly texts: Texts;
  readonly now?: () => Date;
}

/**
 * Four clients on the scoring-matrix preset (Omzet 5, Portfolio 2, Netwerk 3, Samenwerking 1; max 33),
 * worked out by hand: Omzet ranks into quantile scores 3, 2, 1, 0, so the scores are
 *   Jansen 3·5+2·2+2·3+2·1 = 27 (A), De Vries 2·5+3·2+2·3+1·1 = 23 (B), Smit 11 (C), Vos 3 (D).
 */
const CLIENTS: CellValue[][] = [
  ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking'],
  ['Bakkerij Jansen', 40000, 2, 2, 2],
  ['Garage De Vries', 20000, 3, 2, 1],
  ['Kapsalon Smit', 10000, 1, 1, 1],
  ['Stichting Vos', 5000, 0, 1, 0],
];
const EXPECTED_SCORES = [27, 23, 11, 3];
const EXPECTED_CLASSES = ['A', 'B', 'C', 'D'];
/** The client table plus every column we may write right of it. */
const BLOCK = a1({ row: 0, column: 0, rowCount: CLIENTS.length, columnCount: CLIENTS[0]!.length + 16 });

class StepFailure extends Error {}

function check(condition: boolean, detail: string): asserts condition {
  if (!condition) throw new StepFailure(detail);
}

function describeError(tx: Texts, e: unknown): string {
  if (e instanceof StepFailure) return e.message;
  if (e instanceof KlantwaardeError) return `${e.detail.code}: ${tx.t(e.detail.code, e.detail.params ?? {})}`;
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

async function freeName(workbook: SelfTestWorkbook, base: string): Promise<string> {
  const taken = new Set((await workbook.sheetNames()).map((s) => s.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base} ${i}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** The column under `header` in a block read from A1 (values of the data rows). */
function column(values: CellValue[][], header: string): CellValue[] {
  const k = values[0]!.indexOf(header);
  return k < 0 ? [] : values.slice(1).map((row) => row[k] ?? null);
}

/**
 * Runs the whole add-in once on a temporary sheet and reports each step. Nothing of the user's is
 * touched: the records in the workbook settings (saved model, written results) are put aside first and
 * restored at the end, so "remove results" in the test only sees the test's own results; every sheet
 * the test made is deleted, and the selection is put back.
 */
export async function runSelfTest(env: SelfTestEnvironment): Promise<SelfTestResult> {
  const { session, workbook, host, texts: tx } = env;
  const steps: SelfTestStep[] = [];
  const headers = resultHeaders(tx);
  const [scoreHeader, percentHeader, classHeader] = [headers[0]!, headers[1]!, headers[2]!];
  const model: ScoringModel = presetModel('scoringsmatrix');
  let failed = new Set<SelfTestStepId>();

  const step = async (id: SelfTestStepId, needs: readonly SelfTestStepId[], body: () => Promise<string>): Promise<void> => {
    const blocker = needs.find((n) => failed.has(n));
    if (blocker) {
      steps.push({ id, ok: false, detail: tx.t('selftest.skipped', { step: tx.t(`selftest.step.${blocker}`) }) });
      failed = new Set([...failed, id]);
      return;
    }
    try {
      steps.push({ id, ok: true, detail: await body() });
    } catch (e) {
      steps.push({ id, ok: false, detail: describeError(tx, e) });
      failed = new Set([...failed, id]);
    }
  };

  const sets = host.isSetSupported
    ? REPORTED_SETS.map(
        (s) =>
          `${s.name} ${s.version}: ${missingRequirements(host.isSetSupported!, [s]).length === 0 ? tx.t('selftest.yes') : tx.t('selftest.no')}`,
      )
    : [tx.t('selftest.noOffice')];
  await step('environment', [], async () => {
    const missing = host.isSetSupported ? missingRequirements(host.isSetSupported) : [];
    check(missing.length === 0, tx.t('selftest.missingSets', { sets: missing.map((s) => `${s.name} ${s.version}`).join(', ') }));
    return sets.join('; ');
  });

  const originalSheets = await workbook.sheetNames();
  const originalSelection = await workbook.selection();
  const settingKeys = [SETTINGS_KEYS.model, SETTINGS_KEYS.results];
  const originalSettings = await workbook.readSettings(settingKeys);
  const rangeSheet = await freeName(workbook, tx.t('selftest.sheet'));
  const made: string[] = [];
  let tableSheet = '';
  const tableName = `KwZelftest${Date.now() % 100000}`;
  let first: ClassifyOutcome | undefined;

  try {
    await step('setup', [], async () => {
      // Our records aside: only the test's own results exist while it runs.
      await workbook.writeSettings({ [SETTINGS_KEYS.results]: undefined });
      await workbook.addSheet(rangeSheet, CLIENTS);
      made.push(rangeSheet);
      tableSheet = await freeName(workbook, tx.t('selftest.tableSheet'));
      await workbook.addSheet(tableSheet, CLIENTS);
      made.push(tableSheet);
      await workbook.addTable(tableSheet, a1({ row: 0, column: 0, rowCount: CLIENTS.length, columnCount: CLIENTS[0]!.length }), tableName);
      return tx.t('selftest.setupDone', { sheet: rangeSheet, table: tableName });
    });

    await step('classify', ['setup'], async () => {
      await workbook.select(rangeSheet, 'B2');
      const shown = await session.detectTable();
      check(shown.sheet === rangeSheet && shown.rowCount === 4, tx.t('selftest.detectWrong', { address: shown.address }));
      first = await session.classify(model, { expectedTable: shown });
      await session.saveModel(model);
      check(first.run.count === 4, tx.t('selftest.countWrong', { count: first.run.count }));
      return first.resultAddress;
    });

    await step('values', ['classify'], async () => {
      const { values } = await workbook.read(rangeSheet, BLOCK);
      const scores = column(values, scoreHeader);
      const classes = column(values, classHeader);
      check(
        JSON.stringify(scores) === JSON.stringify(EXPECTED_SCORES),
        tx.t('selftest.valuesWrong', { column: scoreHeader, found: scores.join(', '), expected: EXPECTED_SCORES.join(', ') }),
      );
      check(
        JSON.stringify(classes) === JSON.stringify(EXPECTED_CLASSES),
        tx.t('selftest.valuesWrong', { column: classHeader, found: classes.join(', '), expected: EXPECTED_CLASSES.join(', ') }),
      );
      return `${scoreHeader} ${scores.join(', ')}; ${classHeader} ${classes.join(', ')}`;
    });

    await step('formats', ['classify'], async () => {
      const { values, formats } = await workbook.read(rangeSheet, BLOCK);
      const k = values[0]!.indexOf(percentHeader);
      const percent = formats.slice(1).map((row) => row[k] ?? '');
      check(
        k >= 0 && percent.every((f) => f.includes('%')),
        tx.t('selftest.formatWrong', { column: percentHeader, found: percent.join(', ') }),
      );
      return `${percentHeader}: ${percent[0]}`;
    });

    await step('report', ['classify'], async () => {
      const sheet = first!.reportSheet;
      check(sheet !== undefined && (await workbook.sheetNames()).includes(sheet), tx.t('selftest.noReport'));
      const charts = await workbook.chartCount(sheet!);
      check(charts >= 1, tx.t('selftest.noChart', { sheet: sheet! }));
      return tx.t('selftest.reportFound', { sheet: sheet!, charts });
    });

    await step('savedModel', ['classify'], async () => {
      const saved = await session.loadModel();
      check(JSON.stringify(saved) === JSON.stringify(modelToJson(model)), tx.t('selftest.modelWrong'));
      return model.name;
    });

    await step('rerun', ['classify'], async () => {
      const sheetsBefore = await workbook.sheetNames();
      await workbook.select(rangeSheet, 'A1');
      const again = await session.classify(model, { expectedTable: await session.detectTable() });
      const { values } = await workbook.read(rangeSheet, BLOCK);
      check(
        again.resultAddress === first!.resultAddress,
        tx.t('selftest.rerunMoved', { first: first!.resultAddress, again: again.resultAddress }),
      );
      check(values[0]!.filter((h) => h === classHeader).length === 1, tx.t('selftest.rerunDuplicated', { column: classHeader }));
      check((await workbook.sheetNames()).length === sheetsBefore.length, tx.t('selftest.rerunExtraSheet'));
      return again.resultAddress;
    });

    await step('excelTable', ['setup'], async () => {
      await workbook.select(tableSheet, 'C3');
      const shown = await session.detectTable();
      check(shown.tableName === tableName, tx.t('selftest.detectWrong', { address: shown.address }));
      await session.classify(model, { expectedTable: shown });
      const tableColumns = await workbook.tableHeaders(tableName);
      const missing = headers.filter((h) => !tableColumns.includes(h));
      check(missing.length === 0, tx.t('selftest.tableColumnsMissing', { columns: missing.join(', ') }));
      return tableColumns.join(', ');
    });

    await step('protection', ['classify'], async () => {
      await workbook.setProtected(rangeSheet, true);
      try {
        const before = await workbook.read(rangeSheet, BLOCK);
        await workbook.select(rangeSheet, 'A1');
        const refused = await session.classify(model).then(
          () => undefined,
          (e: unknown) => e,
        );
        check(
          refused instanceof KlantwaardeError && refused.detail.code === 'workbook.sheetProtected',
          tx.t('selftest.notRefused', { detail: refused ? describeError(tx, refused) : '-' }),
        );
        const after = await workbook.read(rangeSheet, BLOCK);
        check(JSON.stringify(after) === JSON.stringify(before), tx.t('selftest.protectedChanged'));
        return tx.t(refused.detail.code, refused.detail.params ?? {});
      } finally {
        await workbook.setProtected(rangeSheet, false);
      }
    });

    await step('removal', ['classify'], async () => {
      const removed = await session.removeResults();
      const { values } = await workbook.read(rangeSheet, BLOCK);
      const leftover = values.flatMap((row) => row.slice(CLIENTS[0]!.length)).filter((v) => v !== null && v !== '');
      check(leftover.length === 0, tx.t('selftest.removalLeft', { count: leftover.length }));
      check(
        JSON.stringify(values.map((row) => row.slice(0, CLIENTS[0]!.length))) === JSON.stringify(CLIENTS),
        tx.t('selftest.clientsChanged'),
      );
      check(first!.reportSheet === undefined || !(await workbook.sheetNames()).includes(first!.reportSheet), tx.t('selftest.reportLeft'));
      return tx.t('selftest.removed', { columns: removed.removedColumns });
    });

    await step('functions', [], async () => {
      // An #N/A among all values, as Excel hands it to the function (allowErrorForDataTypeAny).
      const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
      const [[cell]] = evaluate(ABCKLASSE, [[[50]], [[50], [na], [30]], null, null]) as unknown[][] as [[unknown]];
      const error = cell as { code?: string; message?: string };
      check(
        error.code === '#N/A' && typeof error.message === 'string' && error.message.length > 0,
        tx.t('selftest.functionBare', { found: JSON.stringify(cell) }),
      );
      return error.message!;
    });

    await step('security', [], async () => {
      const blocked = securityViolations();
      check(blocked.length === 0, blocked.map((v) => tx.t('host.csp.line', { directive: v.directive, blocked: v.blocked })).join('; '));
      return tx.t('selftest.noViolations');
    });
  } finally {
    await step('cleanup', [], async () => {
      for (const sheet of made) await workbook.deleteSheet(sheet).catch(() => undefined);
      // Report sheets the test made and did not remove (a failed step) go too; the user's own never do.
      for (const sheet of await workbook.sheetNames()) {
        if (!originalSheets.includes(sheet)) await workbook.deleteSheet(sheet);
      }
      await workbook.writeSettings(originalSettings);
      if (originalSelection) await workbook.select(originalSelection.sheet, originalSelection.address);
      const now = await workbook.sheetNames();
      check(
        JSON.stringify(now) === JSON.stringify(originalSheets),
        tx.t('selftest.cleanupLeft', { sheets: now.filter((s) => !originalSheets.includes(s)).join(', ') }),
      );
      return tx.t('selftest.cleanupDone', { count: made.length });
    });
  }

  const ok = steps.every((s) => s.ok);
  const when = (env.now ?? (() => new Date()))().toISOString();
  const report = [
    `Klantwaarde ${tx.t('selftest.title')} — ${when}`,
    tx.t('selftest.client', { ...host.client }),
    `${tx.t('selftest.sets')}: ${sets.join('; ')}`,
    ...steps.map((s) => `${tx.t(s.ok ? 'selftest.pass' : 'selftest.fail')} ${tx.t(`selftest.step.${s.id}`)}: ${s.detail}`),
    ok ? tx.t('selftest.allPassed') : tx.t('selftest.someFailed', { count: steps.filter((s) => !s.ok).length }),
  ].join('\n');
  return { steps, ok, report };
}
