import { t, textsFor } from '../../src/i18n/catalog';
import { errorText, isChunkLoadError } from '../../src/i18n/errorText';
import { KlantwaardeError } from '../../src/workbook/session';

/**
 * errorText is the one way anything thrown becomes text for the user (docs/architecture.md, "Failures").
 * A chunk webpack could not fetch is recognised by its name: webpack's runtime sets no class of its own.
 */

function chunkLoadError(): Error {
  const error = new Error('Loading chunk 312 failed.\n(missing: https://klantwaarde.example/addin/results.89abcdef.js)');
  error.name = 'ChunkLoadError';
  return error;
}

describe('isChunkLoadError', () => {
  it('recognises the Error webpack rejects a failed chunk fetch with', () => {
    expect(isChunkLoadError(chunkLoadError())).toBe(true);
  });

  it('takes nothing else for one: other errors, a bare name, a look-alike object', () => {
    expect(isChunkLoadError(new Error('Loading chunk 312 failed.'))).toBe(false);
    expect(isChunkLoadError(new TypeError('ChunkLoadError'))).toBe(false);
    expect(isChunkLoadError('ChunkLoadError')).toBe(false);
    expect(isChunkLoadError({ name: 'ChunkLoadError', message: 'Loading chunk 312 failed.' })).toBe(false);
    expect(isChunkLoadError(undefined)).toBe(false);
  });
});

describe('errorText', () => {
  it.each(['nl', 'en'] as const)('says in %s that a part was not loaded, not webpack\'s "Loading chunk … failed"', (lang) => {
    const text = errorText(textsFor(lang), chunkLoadError());
    expect(text).toBe(t(lang, 'workbook.partNotLoaded'));
    expect(text).not.toContain('Loading chunk');
  });

  it('renders our own errors by their message', () => {
    const error = new KlantwaardeError({ code: 'workbook.partNotLoaded' });
    expect(errorText(textsFor('en'), error)).toBe(t('en', 'workbook.partNotLoaded'));
  });

  it('gives anything else the generic line with its text', () => {
    expect(errorText(textsFor('nl'), new TypeError('x is undefined'))).toBe(t('nl', 'ui.error.unexpected', { detail: 'x is undefined' }));
    expect(errorText(textsFor('nl'), 'kapot')).toBe(t('nl', 'ui.error.unexpected', { detail: 'kapot' }));
  });
});
