import { presetModel } from '../../src/engine';
import { createSession } from '../../src/workbook/createSession';
import { MemoryPort } from '../../src/workbook/memory';
import { importResultsWriter, onDemand, type ResultsWriter } from '../../src/workbook/onDemand';
import { KlantwaardeError } from '../../src/workbook/session';
import { clientWorkbook, EXPECTED } from './fixtures';

/**
 * The session's write half comes on demand (src/workbook/onDemand.ts): a chunk webpack could not fetch
 * becomes one message the user can act on, anything else thrown stays what it is, and a later call
 * fetches again. In Node the import is a plain require (the CLI and the other tests use it unchanged).
 */

function chunkLoadError(): Error {
  const error = new Error('Loading chunk 477 failed.\n(missing: https://klantwaarde.example/addin/results-writer.0123abcd.js)');
  error.name = 'ChunkLoadError';
  return error;
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('parts loaded on demand', () => {
  it('turns a chunk that could not be fetched into workbook.partNotLoaded', async () => {
    const error = await failure(onDemand(() => Promise.reject(chunkLoadError())));
    expect(error).toBeInstanceOf(KlantwaardeError);
    expect((error as KlantwaardeError).detail).toEqual({ code: 'workbook.partNotLoaded' });
  });

  it('leaves any other failure as it is (a fault in the part is not a network problem)', async () => {
    const fault = new TypeError("Cannot read properties of undefined (reading 'call')");
    expect(await failure(onDemand(() => Promise.reject(fault)))).toBe(fault);
  });

  it('stops classify, describe and remove with the message and writes nothing; the next call fetches again', async () => {
    const wb = clientWorkbook();
    wb.select('Klanten', 'A1');
    const importWriter = jest.fn<Promise<ResultsWriter>, []>().mockRejectedValue(chunkLoadError());
    const session = createSession(new MemoryPort(wb), 'nl', { importWriter });
    const model = presetModel('pareto8095');
    const before = JSON.stringify(wb.snapshot());

    for (const call of [() => session.classify(model), () => session.describeResults!(), () => session.removeResults()]) {
      const error = await failure(call());
      expect((error as KlantwaardeError).detail).toEqual({ code: 'workbook.partNotLoaded' });
    }
    expect(JSON.stringify(wb.snapshot())).toBe(before);

    importWriter.mockImplementation(importResultsWriter);
    const outcome = await session.classify(model);
    expect(outcome.run.count).toBe(EXPECTED.length);
    expect((await session.describeResults!()).blocks).toHaveLength(1);
    expect(importWriter).toHaveBeenCalledTimes(5);
  });

  it('needs no write half to find, read and preview a table, or to load the saved model', async () => {
    const importWriter = jest.fn<Promise<ResultsWriter>, []>().mockRejectedValue(chunkLoadError());
    const wb = clientWorkbook();
    wb.select('Klanten', 'A1');
    const session = createSession(new MemoryPort(wb), 'nl', { importWriter });
    await session.detectTable();
    await session.preview(presetModel('pareto8095'));
    await session.loadModel();
    expect(importWriter).not.toHaveBeenCalled();
  });
});
