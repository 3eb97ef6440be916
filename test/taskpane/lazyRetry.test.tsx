/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ComponentType, type ReactNode } from 'react';
import { textsFor } from '../../src/i18n/catalog';
import { ErrorBoundary } from '../../src/taskpane/ErrorBoundary';
import { lazyPart } from '../../src/taskpane/Lazy/lazyParts';
import { fakeSession } from './fakeSession';
import { SEED_SHEET } from './fixtures';
import { renderPane } from './renderPane';

/**
 * Parts of the pane load on demand (src/taskpane/Lazy/lazyParts.ts). React.lazy keeps a failed load for
 * good; lazyPart fetches again when the part mounts again, so the crash view's "Opnieuw proberen" can
 * recover from a dropped connection, and a chunk that cannot be fetched says what to do.
 */

/** What webpack's runtime rejects an import() with when the chunk's script does not load. */
function mockChunkLoadError(): Error {
  const error = new Error('Loading chunk 312 failed.\n(missing: https://klantwaarde.example/addin/help-dialog.89abcdef.js)');
  error.name = 'ChunkLoadError';
  return error;
}

// The help dialog's module, as the pane's dynamic import() reaches it (a require under jest): the test
// decides how many of its loads fail first. Jest keeps no module whose factory threw, so the next
// import() runs the factory again, as a browser fetches a chunk again after a failed fetch.
const mockHelpDialogModule = { loads: 0, failuresLeft: 0 };
jest.mock('../../src/taskpane/HelpPanel/HelpDialog', () => {
  mockHelpDialogModule.loads += 1;
  if (mockHelpDialogModule.failuresLeft > 0) {
    mockHelpDialogModule.failuresLeft -= 1;
    throw mockChunkLoadError();
  }
  return jest.requireActual('../../src/taskpane/HelpPanel/HelpDialog');
});

const nl = textsFor('nl');

interface GreetingProps {
  readonly name: string;
}

function Greeting({ name }: GreetingProps): JSX.Element {
  return <p>Hallo {name}</p>;
}

/** A part behind the pane's own error boundary, in a Suspense as the pane places its parts. */
function Boundary({ children }: { readonly children: ReactNode }): JSX.Element {
  return (
    <ErrorBoundary texts={nl}>
      <Suspense fallback={<p>laden</p>}>{children}</Suspense>
    </ErrorBoundary>
  );
}

function loader() {
  return jest.fn<Promise<ComponentType<GreetingProps>>, []>();
}

let quiet: jest.SpyInstance;
beforeEach(() => {
  // React and the boundary report each caught error on the console; the message on screen is what counts here.
  quiet = jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => quiet.mockRestore());

describe('a part of the pane that could not be fetched', () => {
  test('says the part was not loaded, and "Opnieuw proberen" fetches it again and shows it', async () => {
    const user = userEvent.setup();
    const load = loader().mockRejectedValueOnce(mockChunkLoadError()).mockResolvedValue(Greeting);
    const Part = lazyPart(load);
    render(
      <Boundary>
        <Part name="Anna" />
      </Boundary>,
    );

    expect(await screen.findByText(nl.t('workbook.partNotLoaded'))).toBeInTheDocument();
    expect(screen.getByText(nl.t('ui.error.crashTitle'))).toBeInTheDocument();
    expect(screen.queryByText(/Loading chunk/)).toBeNull();
    // The failure is shown, not fetched again behind the message.
    expect(load).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: nl.t('ui.error.retry') }));
    expect(await screen.findByText('Hallo Anna')).toBeInTheDocument();
    expect(screen.queryByText(nl.t('workbook.partNotLoaded'))).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  test('a retry that fails too shows the message again, and the one after that loads the part', async () => {
    const user = userEvent.setup();
    const load = loader()
      .mockRejectedValueOnce(mockChunkLoadError())
      .mockRejectedValueOnce(mockChunkLoadError())
      .mockResolvedValue(Greeting);
    const Part = lazyPart(load);
    render(
      <Boundary>
        <Part name="Bram" />
      </Boundary>,
    );

    await screen.findByText(nl.t('workbook.partNotLoaded'));
    await user.click(screen.getByRole('button', { name: nl.t('ui.error.retry') }));
    // The retry fetched again and that failed too: the message stands for the second failure.
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    expect(await screen.findByText(nl.t('workbook.partNotLoaded'))).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: nl.t('ui.error.retry') }));
    expect(await screen.findByText('Hallo Bram')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(3);
  });

  test('any other failure to load keeps the generic text with its detail, and a retry fetches again as well', async () => {
    const user = userEvent.setup();
    const load = loader().mockRejectedValueOnce(new TypeError('module factory missing')).mockResolvedValue(Greeting);
    const Part = lazyPart(load);
    render(
      <Boundary>
        <Part name="Cor" />
      </Boundary>,
    );

    expect(await screen.findByText(nl.t('ui.error.unexpected', { detail: 'module factory missing' }))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: nl.t('ui.error.retry') }));
    expect(await screen.findByText('Hallo Cor')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  test('a part that loaded is not fetched again when it mounts again', async () => {
    const load = loader().mockResolvedValue(Greeting);
    const Part = lazyPart(load);
    const first = render(
      <Boundary>
        <Part name="Dirk" />
      </Boundary>,
    );
    expect(await screen.findByText('Hallo Dirk')).toBeInTheDocument();
    first.unmount();

    render(
      <Boundary>
        <Part name="Eva" />
      </Boundary>,
    );
    // Already loaded: shown in the same render, without passing through the loading state.
    expect(screen.getByText('Hallo Eva')).toBeInTheDocument();
    expect(screen.queryByText('laden')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('in the task pane', () => {
  test('the help dialog that could not be fetched says so; after "Opnieuw proberen" it opens', async () => {
    mockHelpDialogModule.failuresLeft = 1;
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session);

    await user.click(screen.getByRole('button', { name: nl.t('help.open') }));
    expect(await screen.findByText(nl.t('workbook.partNotLoaded'))).toBeInTheDocument();
    expect(mockHelpDialogModule.loads).toBe(1);

    // The boundary starts the pane afresh: wait for its setup view before asking for help again.
    await user.click(screen.getByRole('button', { name: nl.t('ui.error.retry') }));
    await user.click(await screen.findByRole('button', { name: nl.t('help.open') }));
    const help = await screen.findByRole('dialog', { name: nl.t('help.title') });
    expect(within(help).getByRole('button', { name: 'Sluiten' })).toBeInTheDocument();
    expect(mockHelpDialogModule.loads).toBe(2);
  });
});
