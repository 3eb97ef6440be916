import { linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOutputPath, defaultOutputPath, readInputFile, writeError, writeOutputFile } from '../../src/cli/files';
import { CliError, EXIT } from '../../src/cli/errors';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kw-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function failure(fn: () => unknown): { exitCode: number; code: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof CliError) return { exitCode: err.exitCode, code: err.messages[0]!.code };
    throw err;
  }
  throw new Error('expected a CliError');
}

const file = (name: string, bytes: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

describe('readInputFile', () => {
  it('accepts a zip container (every .xlsx is one)', () => {
    const p = file('a.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(readInputFile(p).length).toBe(7);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.xlsx'), 'cli.fileNotFound'],
    ['a folder', () => dir, 'cli.notAFile'],
    ['a CSV renamed to .xlsx', () => file('klanten.xlsx', 'Klant;Omzet\nBakkerij;1200\n'), 'cli.textFile'],
    [
      'an old .xls or password-protected workbook',
      () => file('oud.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])),
      'cli.oldXls',
    ],
    ['random bytes', () => file('ruis.xlsx', Buffer.from([0x00, 0xff, 0x13, 0x37, 0x00, 0x80])), 'cli.notXlsx'],
    ['an empty file', () => file('leeg.xlsx', ''), 'cli.notXlsx'],
  ])('rejects %s with exit code 3 and a message saying what it is', (_what, make, code) => {
    const path = make();
    expect(failure(() => readInputFile(path))).toEqual({ exitCode: EXIT.input, code });
  });
});

describe('output path', () => {
  it('defaults to <name>.klantwaarde.xlsx next to the input', () => {
    expect(defaultOutputPath(join('map', 'klanten.xlsx'))).toBe(join('map', 'klanten.klantwaarde.xlsx'));
    expect(defaultOutputPath('Klanten 2024.XLSX')).toBe('Klanten 2024.klantwaarde.xlsx');
  });

  it('never names the input, not even through a symlink or a hard link, and not even with --force', () => {
    const input = file('in.xlsx', 'x');
    symlinkSync(input, join(dir, 'alias.xlsx'));
    linkSync(input, join(dir, 'hard.xlsx'));
    for (const out of [input, join(dir, '.', 'in.xlsx'), join(dir, 'alias.xlsx'), join(dir, 'hard.xlsx')]) {
      expect(failure(() => checkOutputPath(input, out, true))).toEqual({ exitCode: EXIT.output, code: 'cli.outputIsInput' });
    }
  });

  it('must end in .xlsx', () => {
    expect(failure(() => checkOutputPath(join(dir, 'in.xlsx'), join(dir, 'uit.csv'), false))).toEqual({
      exitCode: EXIT.usage,
      code: 'cli.outputNotXlsx',
    });
  });

  it('refuses an existing output without --force and keeps its bytes', () => {
    const input = file('in.xlsx', 'input');
    const out = file('uit.xlsx', 'earlier result');
    expect(failure(() => writeOutputFile(input, out, Buffer.from('new'), false))).toEqual({
      exitCode: EXIT.output,
      code: 'cli.outputExists',
    });
    expect(readFileSync(out, 'utf8')).toBe('earlier result');
  });

  it('replaces an existing output with --force', () => {
    const input = file('in.xlsx', 'input');
    const out = file('uit.xlsx', 'earlier result');
    writeOutputFile(input, out, Buffer.from('new'), true);
    expect(readFileSync(out, 'utf8')).toBe('new');
    expect(readFileSync(input, 'utf8')).toBe('input');
  });

  it('reports a missing output folder before any work is done', () => {
    const input = file('in.xlsx', 'input');
    expect(failure(() => checkOutputPath(input, join(dir, 'no-such-folder', 'uit.xlsx'), false))).toEqual({
      exitCode: EXIT.output,
      code: 'cli.outputFolderMissing',
    });
  });

  it.each([
    ['EBUSY', 'linux', 'cli.outputLocked'],
    ['EPERM', 'win32', 'cli.outputLocked'],
    ['EPERM', 'linux', 'cli.noPermission'],
    ['EACCES', 'darwin', 'cli.noPermission'],
    ['ENOSPC', 'linux', 'cli.writeFailed'],
  ] as const)('explains a write failure %s on %s as %s', (code, platform, message) => {
    const err = Object.assign(new Error(code), { code });
    const result = writeError(err, 'uit.xlsx', platform);
    expect({ exitCode: result.exitCode, code: result.messages[0]!.code }).toEqual({ exitCode: EXIT.output, code: message });
  });
});
