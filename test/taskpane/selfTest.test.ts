/**
 * The self-test as it runs in the preview (memory session) and as it would run in Excel, here with the
 * Excel adapter (ExcelPort) against the Office.js fake on the same in-memory workbook. Every step must
 * pass, and afterwards the user's workbook must be exactly as before (sheets, cells, settings, selection).
 */
import '../functions/excelRuntime'; // CustomFunctions, as Excel's runtime provides it
import { FakeExcel } from '../support/officeFake';
import { createExcelSession } from '../../src/workbook/excel';
import { MemoryPort, MemoryWorkbook } from '../../src/workbook/memory';
import { createSession } from '../../src/workbook/createSession';
import { BROWSER_HOST, type PaneHost } from '../../src/taskpane/host/paneHost';
import { reportSecurityViolations } from '../../src/taskpane/host/securityViolations';
import { memorySelfTestWorkbook } from '../../src/taskpane/SelfTest/memorySelfTestWorkbook';
import { runSelfTest, type SelfTestStepId } from '../../src/taskpane/SelfTest/runSelfTest';
import { textsFor } from '../../src/i18n/catalog';
import type { KlantwaardeSession } from '../../src/workbook/session';

const ALL_STEPS: SelfTestStepId[] = [
  'environment',
  'setup',
  'classify',
  'values',
  'formats',
  'report',
  'savedModel',
  'rerun',
  'excelTable',
  'protection',
  'removal',
  'functions',
  'security',
  'cleanup',
];

/** A user's workbook: their own table, earlier results record and saved model, a selection. */
function usersWorkbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.loadSheet('Klanten', [
    ['Klant', 'Omzet'],
    ['Eigen klant', 123],
  ]);
  wb.loadSheet('Notities', [['niet aankomen']]);
  wb.settings.set('klantwaarde.model', '{"eigen":"model"}');
  wb.settings.set('klantwaarde.results', '{"version":1,"entries":[]}');
  wb.select('Notities', 'A1');
  return wb;
}

const EXCEL_HOST: PaneHost = {
  ...BROWSER_HOST,
  client: { host: 'Excel', platform: 'PC', version: '16.0.17000' },
  isSetSupported: () => true,
};

describe.each([
  ['the preview (memory session)', (wb: MemoryWorkbook): KlantwaardeSession => createSession(new MemoryPort(wb), 'nl')],
  [
    'Excel (ExcelPort over the Office.js fake)',
    (wb: MemoryWorkbook): KlantwaardeSession => createExcelSession('nl', { run: new FakeExcel(wb).run }),
  ],
])('self-test in %s', (_name, sessionFor) => {
  it('passes every step and leaves the workbook exactly as it was', async () => {
    const wb = usersWorkbook();
    const before = wb.snapshot();
    const selection = structuredClone(wb.selection);
    const result = await runSelfTest({
      session: sessionFor(wb),
      workbook: memorySelfTestWorkbook(wb),
      host: EXCEL_HOST,
      texts: textsFor('nl'),
      now: () => new Date('2026-12-02T15:00:00Z'),
    });
    expect(result.steps.filter((s) => !s.ok)).toEqual([]);
    expect(result.steps.map((s) => s.id)).toEqual(ALL_STEPS);
    expect(result.ok).toBe(true);
    expect(wb.snapshot()).toEqual(before);
    expect(wb.selection).toEqual(selection);
    expect(result.report).toContain('Excel: Excel, PC, versie 16.0.17000');
    expect(result.report).toContain('ExcelApi 1.9: ja; SharedRuntime 1.1: ja; CustomFunctionsRuntime 1.2: ja');
    expect(result.report).toMatch(/OK Scores en klassen: Klantscore 27, 23, 11, 3; Klasse A, B, C, D/);
    expect(result.report).toMatch(
      /OK Werkbladfunctie met foutwaarde: KW\.ABCKLASSE, alle_waarden \(rij 2, kolom 1\): bevat de fout #N\/A\./,
    );
  });
});

describe('self-test failures', () => {
  it('reports a session that writes wrong values, and still cleans up', async () => {
    const wb = usersWorkbook();
    const before = wb.snapshot();
    const real = createSession(new MemoryPort(wb), 'en');
    // A broken adapter: writes every class as "A".
    const broken: KlantwaardeSession = {
      ...real,
      classify: async (model, options) => {
        const outcome = await real.classify(model, options);
        const sheet = wb.requireSheet(outcome.resultAddress.split('!')[0]!.replace(/'/g, ''));
        for (let r = 1; r <= 4; r++) sheet.setValue(r, 7, 'A');
        return outcome;
      },
    };
    const result = await runSelfTest({ session: broken, workbook: memorySelfTestWorkbook(wb), host: BROWSER_HOST, texts: textsFor('en') });
    const values = result.steps.find((s) => s.id === 'values')!;
    expect(values).toEqual({ id: 'values', ok: false, detail: 'column Class: A, A, A, A, expected A, B, C, D' });
    expect(result.ok).toBe(false);
    expect(result.report).toContain('FAIL Scores and classes');
    expect(result.report).toContain('not in Office (browser preview)');
    expect(result.steps.find((s) => s.id === 'cleanup')!.ok).toBe(true);
    expect(wb.snapshot()).toEqual(before);
  });

  it('names the missing requirement sets of an old Excel', async () => {
    const wb = usersWorkbook();
    const host: PaneHost = { ...EXCEL_HOST, isSetSupported: (name) => name !== 'SharedRuntime' };
    const result = await runSelfTest({
      session: createSession(new MemoryPort(wb), 'nl'),
      workbook: memorySelfTestWorkbook(wb),
      host,
      texts: textsFor('nl'),
    });
    expect(result.steps[0]).toEqual({ id: 'environment', ok: false, detail: 'ontbreekt: SharedRuntime 1.1' });
    expect(result.report).toContain('SharedRuntime 1.1: nee');
  });

  // Last in the file: the violations are collected for the whole page (module state).
  it('fails the security step for every blocked resource, naming it', async () => {
    const page = new EventTarget();
    reportSecurityViolations(page);
    page.dispatchEvent(
      Object.assign(new Event('securitypolicyviolation'), {
        effectiveDirective: 'script-src-elem',
        blockedURI: 'https://cdn.example/excel-host.js',
      }),
    );
    const wb = usersWorkbook();
    const result = await runSelfTest({
      session: createSession(new MemoryPort(wb), 'nl'),
      workbook: memorySelfTestWorkbook(wb),
      host: EXCEL_HOST,
      texts: textsFor('nl'),
    });
    expect(result.steps.find((s) => s.id === 'security')).toEqual({
      id: 'security',
      ok: false,
      detail: 'script-src-elem blokkeerde https://cdn.example/excel-host.js',
    });
    expect(result.steps.filter((s) => !s.ok).map((s) => s.id)).toEqual(['security']);
  });
});
