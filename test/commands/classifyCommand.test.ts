/** @jest-environment jsdom */
import { presetModel, modelToJson, type ScoringModel } from '../../src/engine';
import { onCommandNotice, publishCommandNotice, takePendingCommandNotice, type CommandNotice } from '../../src/commands/channel';
import { classifyWithSavedModel } from '../../src/commands/classifyCommand';
import { textsFor } from '../../src/i18n/catalog';
import { MemoryPort, MemoryWorkbook } from '../../src/workbook/memory';
import { createSession } from '../../src/workbook/createSession';

/**
 * Four clients on sheet "Klanten", A1 selected, one in each class of the scoring matrix (max 33), so
 * the run has nothing to warn about (an empty class is a warning). Revenue quantiles are 3, 0, 2, 1:
 *   Jansen    3·5 + 2·2 + 2·3 + 2 = 27 → 81,8% A
 *   Pietersen 0·5 + 1·2 + 1·3 + 1 =  6 → 18,2% D
 *   De Vries  2·5 + 1·2 + 1·3 + 1 = 16 → 48,5% B
 *   Bakker    1·5 + 1·2 + 1·3 + 1 = 11 → 33,3% C
 */
function seedWorkbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.loadSheet('Klanten', [
    ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking'],
    ['Jansen', 120000, 2, 2, 2],
    ['Pietersen', 5000, 1, 1, 1],
    ['De Vries', 60000, 1, 1, 1],
    ['Bakker', 20000, 1, 1, 1],
  ]);
  wb.select('Klanten', 'A1');
  return wb;
}

function deps(wb: MemoryWorkbook) {
  const published: CommandNotice[] = [];
  const showPane = jest.fn(async () => undefined);
  return {
    published,
    showPane,
    deps: {
      session: createSession(new MemoryPort(wb), 'nl'),
      texts: textsFor('nl'),
      showPane,
      publish: (n: CommandNotice) => published.push(n),
    },
  };
}

describe('ribbon command "Classificeer"', () => {
  it('classifies the selected table with the saved model and reports the counts per class without opening the pane', async () => {
    const wb = seedWorkbook();
    const model: ScoringModel = presetModel('scoringsmatrix');
    await createSession(new MemoryPort(wb), 'nl').saveModel(model);
    const { published, showPane, deps: d } = deps(wb);
    const notice = await classifyWithSavedModel(d);
    expect(notice.intent).toBe('success');
    expect(notice.lines[0]).toBe(`4 klanten geclassificeerd met model "${model.name}".`);
    expect(notice.lines[1]).toBe('Per klasse: A 1, B 1, C 1, D 1.');
    expect(published).toEqual([notice]);
    expect(showPane).not.toHaveBeenCalled();
    const header = wb.readSheet('Klanten', 'A1:M1')[0]!;
    expect(header).toContain('Klasse');
  });

  it('opens the pane and says what to do when no model is saved yet, writing nothing', async () => {
    const wb = seedWorkbook();
    const before = JSON.stringify(wb.snapshot());
    const { published, showPane, deps: d } = deps(wb);
    const notice = await classifyWithSavedModel(d);
    expect(notice.intent).toBe('info');
    expect(notice.lines[0]).toMatch(/nog geen model/);
    expect(showPane).toHaveBeenCalledTimes(1);
    expect(published).toHaveLength(1);
    expect(JSON.stringify(wb.snapshot())).toBe(before);
  });

  it('names the invalid field when the saved model is broken', async () => {
    const wb = seedWorkbook();
    const broken = { ...(modelToJson(presetModel('scoringsmatrix')) as object), scaleMax: 'drie' };
    const session = createSession(new MemoryPort(wb), 'nl');
    jest.spyOn(session, 'loadModel').mockResolvedValue(broken);
    const { showPane, deps: d } = deps(wb);
    const notice = await classifyWithSavedModel({ ...d, session });
    expect(notice.intent).toBe('warning');
    expect(notice.lines.join('\n')).toMatch(/Veld scaleMax: "drie" is geen geldige schaal/);
    expect(showPane).toHaveBeenCalled();
  });

  it('reports a workbook problem (nothing selected) in the pane instead of failing silently', async () => {
    const wb = seedWorkbook();
    await createSession(new MemoryPort(wb), 'nl').saveModel(presetModel('scoringsmatrix'));
    wb.selection = undefined;
    const { showPane, deps: d } = deps(wb);
    const notice = await classifyWithSavedModel(d);
    expect(notice.intent).toBe('error');
    expect(notice.title).toBe('Classificeren via het lint is mislukt');
    expect(notice.lines[0]).not.toMatch(/workbook\.|undefined/);
    expect(showPane).toHaveBeenCalled();
  });
});

describe('command notice channel', () => {
  it('keeps a notice for a pane that opens later, once', () => {
    publishCommandNotice({ intent: 'success', title: 'x', lines: ['y'] });
    expect(takePendingCommandNotice()).toEqual({ intent: 'success', title: 'x', lines: ['y'] });
    expect(takePendingCommandNotice()).toBeUndefined();
  });

  it('delivers a notice to an open pane at once', () => {
    const seen: CommandNotice[] = [];
    const stop = onCommandNotice((n) => seen.push(n));
    publishCommandNotice({ intent: 'error', title: 'a', lines: [] });
    stop();
    publishCommandNotice({ intent: 'error', title: 'b', lines: [] });
    expect(seen.map((n) => n.title)).toEqual(['a']);
  });
});
