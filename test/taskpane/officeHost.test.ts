/**
 * The Office side of PaneHost, against a stub of the few Office.js members it touches: which events
 * make the pane read its table again, that unsubscribing removes both handlers, and where downloads work.
 */
import { officeHost } from '../../src/taskpane/host/officeHost';

interface Stub {
  visibility?: (args: { visibilityMode: string }) => void;
  selection?: () => Promise<void>;
  removed: string[];
}

function installOffice(platform: string, stub: Stub): void {
  const handlerContext = { sync: async () => undefined };
  Object.assign(globalThis, {
    Office: {
      VisibilityMode: { hidden: 'Hidden', taskpane: 'Taskpane' },
      addin: {
        onVisibilityModeChanged: async (handler: Stub['visibility']) => {
          stub.visibility = handler;
          return async () => {
            stub.removed.push('visibility');
          };
        },
      },
      context: {
        platform,
        diagnostics: { host: 'Excel', platform, version: '16.0.18000' },
        requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && version === '1.9' },
      },
    },
    Excel: {
      run: async (first: unknown, second?: (ctx: unknown) => Promise<unknown>) => {
        const batch = (second ?? first) as (ctx: unknown) => Promise<unknown>;
        const context = {
          sync: async () => undefined,
          workbook: {
            worksheets: {
              onSelectionChanged: {
                add: (handler: Stub['selection']) => {
                  stub.selection = handler;
                  return {
                    context: handlerContext,
                    remove: () => {
                      stub.removed.push('selection');
                    },
                  };
                },
              },
            },
          },
        };
        return batch(second ? handlerContext : context);
      },
    },
  });
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('officeHost', () => {
  it('calls the listener when the selection changes and when the pane becomes visible, not when it is hidden', async () => {
    const stub: Stub = { removed: [] };
    installOffice('PC', stub);
    const listener = jest.fn();
    const stop = officeHost().watchTable!(listener);
    await flush();
    stub.visibility!({ visibilityMode: 'Hidden' });
    expect(listener).not.toHaveBeenCalled();
    stub.visibility!({ visibilityMode: 'Taskpane' });
    await stub.selection!();
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    await flush();
    expect(stub.removed.sort()).toEqual(['selection', 'visibility']);
  });

  it('reports client, requirement sets and that downloads do not work on Mac', () => {
    installOffice('Mac', { removed: [] });
    const host = officeHost();
    expect(host.client).toEqual({ host: 'Excel', platform: 'Mac', version: '16.0.18000' });
    expect(host.canDownloadFiles).toBe(false);
    expect(host.isSetSupported!('ExcelApi', '1.9')).toBe(true);
    expect(host.isSetSupported!('SharedRuntime', '1.1')).toBe(false);
    installOffice('PC', { removed: [] });
    expect(officeHost().canDownloadFiles).toBe(true);
  });

  it("offers the self-test's workbook operations, fetched when the self-test runs (not in the first load)", async () => {
    installOffice('PC', { removed: [] });
    const workbook = await officeHost().selfTestWorkbook!();
    expect(Object.keys(workbook)).toEqual(expect.arrayContaining(['sheetNames', 'addSheet']));
  });
});
