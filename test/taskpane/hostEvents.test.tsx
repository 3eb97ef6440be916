/** @jest-environment jsdom */
// The pane against Office's events and limits, through a PaneHost test double: re-detection when the
// selection moves or a hidden pane is shown, the table identity handed to classify, CSP violations
// reported, and the start-up requirement check.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { BROWSER_HOST, type PaneHost } from '../../src/taskpane/host/paneHost';
import { reportSecurityViolations } from '../../src/taskpane/host/securityViolations';
import { RequirementGate } from '../../src/taskpane/Unsupported';
import type { DetectedTable } from '../../src/workbook/session';
import { fakeSession } from './fakeSession';
import { SEED_SHEET } from './fixtures';
import { renderPane } from './renderPane';

/** A host whose table events the test fires by hand. */
function eventHost(): PaneHost & { fire: () => void; listeners: number } {
  const listeners = new Set<() => void>();
  return {
    ...BROWSER_HOST,
    watchTable: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    fire: () => {
      for (const l of listeners) l();
    },
    get listeners() {
      return listeners.size;
    },
  };
}

/** Waits until a mock's call count stops changing (the pane's start-up work is done), and returns it. */
async function settledCalls(mock: jest.Mock): Promise<number> {
  let seen = -1;
  while (seen !== mock.mock.calls.length) {
    seen = mock.mock.calls.length;
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
  }
  return seen;
}

describe('re-detecting the table', () => {
  test('reads the table again after a selection change or the pane being shown, once per burst', async () => {
    const session = fakeSession(SEED_SHEET);
    const host = eventHost();
    await renderPane(session, 'nl', host);
    const table = screen.getByRole('region', { name: '1. Gevonden tabel' });
    expect(within(table).getByText('Klanten!A1:E5')).toBeInTheDocument();
    const first: DetectedTable = await session.detectTable.mock.results[0]!.value;
    const calls = await settledCalls(session.detectTable);
    session.detectTable.mockResolvedValue({ ...first, sheet: 'Vorig jaar', address: "'Vorig jaar'!B2:F6" });

    act(() => {
      host.fire();
      host.fire();
      host.fire();
    });

    expect(await within(table).findByText("'Vorig jaar'!B2:F6")).toBeInTheDocument();
    expect(session.detectTable.mock.calls.length).toBe(calls + 1);
  });

  test('a re-detection that finds the same table does not run the what-if preview again', async () => {
    const session = fakeSession(SEED_SHEET);
    const host = eventHost();
    await renderPane(session, 'nl', host);
    await waitFor(() => expect(session.preview).toHaveBeenCalled());
    const previews = await settledCalls(session.preview);
    const detections = session.detectTable.mock.calls.length;
    // Like a real adapter: an equal table, as a new object.
    const first: DetectedTable = await session.detectTable.mock.results[0]!.value;
    session.detectTable.mockImplementation(async () => JSON.parse(JSON.stringify(first)) as DetectedTable);
    act(() => {
      host.fire();
    });
    await waitFor(() => expect(session.detectTable.mock.calls.length).toBe(detections + 1));
    // The pane previews 10 ms after a change (renderPane); give it ample time to (wrongly) run.
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(session.preview.mock.calls.length).toBe(previews);
  });

  test('stops listening when the pane goes away', async () => {
    const host = eventHost();
    const { unmount } = await renderPane(fakeSession(SEED_SHEET), 'nl', host);
    expect(host.listeners).toBe(1);
    unmount();
    expect(host.listeners).toBe(0);
  });

  test('classify is told which table the pane shows', async () => {
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session);
    await user.click(screen.getByRole('button', { name: 'Classificeer' }));
    await waitFor(() => expect(session.classify).toHaveBeenCalled());
    expect(session.classify.mock.calls[0]![1]?.expectedTable).toMatchObject({ sheet: 'Klanten', address: 'Klanten!A1:E5' });
  });
});

describe('blocked resources', () => {
  test('every Content-Security-Policy violation shows up as a notice', async () => {
    reportSecurityViolations(document);
    await renderPane(fakeSession(SEED_SHEET));
    const event = Object.assign(new Event('securitypolicyviolation'), {
      effectiveDirective: 'script-src-elem',
      blockedURI: 'https://cdn.example/office-host.js',
    });
    act(() => {
      document.dispatchEvent(event);
    });
    const bar = await screen.findByRole('group', { name: 'Geblokkeerd door de beveiligingsregels van het taakvenster' });
    expect(bar).toHaveTextContent('script-src-elem blokkeerde https://cdn.example/office-host.js');
  });
});

describe('start-up requirement check', () => {
  const oldExcel: PaneHost = {
    ...BROWSER_HOST,
    client: { host: 'Excel', platform: 'PC', version: '16.0.4266.1001' },
    isSetSupported: (name, version) => name === 'ExcelApi' && Number(version) <= 1.7,
  };

  test('names every missing set instead of showing a pane that would fail', () => {
    render(
      <RequirementGate lang="nl" host={oldExcel}>
        <p>het taakvenster</p>
      </RequirementGate>,
    );
    expect(screen.queryByText('het taakvenster')).not.toBeInTheDocument();
    expect(screen.getByText('Klantwaarde werkt niet in deze versie van Excel')).toBeInTheDocument();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^Ontbreekt: ExcelApi 1\.9 — /),
      expect.stringMatching(/^Ontbreekt: SharedRuntime 1\.1 — /),
    ]);
    expect(screen.getByText('Deze Excel: Excel, PC, versie 16.0.4266.1001.')).toBeInTheDocument();
  });

  test('speaks English in English Office', () => {
    render(
      <RequirementGate lang="en" host={{ ...oldExcel, isSetSupported: (name) => name !== 'SharedRuntime' }}>
        <p>pane</p>
      </RequirementGate>,
    );
    expect(screen.getByText('Klantwaarde does not work in this version of Excel')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringMatching(/^Missing: SharedRuntime 1\.1 — /)]);
  });

  test('shows the pane when every required set is there, and when a checker throws treats the set as missing', () => {
    const { unmount } = render(
      <RequirementGate lang="nl" host={{ ...BROWSER_HOST, isSetSupported: () => true }}>
        <p>het taakvenster</p>
      </RequirementGate>,
    );
    expect(screen.getByText('het taakvenster')).toBeInTheDocument();
    unmount();
    render(
      <RequirementGate
        lang="nl"
        host={{
          ...BROWSER_HOST,
          isSetSupported: () => {
            throw new Error('no requirements API');
          },
        }}
      >
        <p>het taakvenster</p>
      </RequirementGate>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });
});
