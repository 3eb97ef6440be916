import { closeSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, parse, resolve } from 'node:path';
import { CliError, EXIT } from './errors';
import { decodeModelFile } from '../engine';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: legacy .xls, and also every password-protected .xlsx. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function errorDetail(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e && e.code ? e.code : err instanceof Error ? err.message : String(err);
}

/** The common reasons a file cannot be written get their own sentence; the rest show the system's code. */
export function writeError(err: unknown, shown: string, platform: NodeJS.Platform = process.platform): CliError {
  const code = (err as NodeJS.ErrnoException)?.code;
  // Windows refuses to replace a workbook that is open in Excel (EBUSY, or EPERM on rename).
  if (code === 'EBUSY' || (code === 'EPERM' && platform === 'win32'))
    return new CliError(EXIT.output, { code: 'cli.outputLocked', params: { file: shown } });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new CliError(EXIT.output, { code: 'cli.noPermission', params: { file: shown } });
  return new CliError(EXIT.output, { code: 'cli.writeFailed', params: { file: shown, detail: errorDetail(err) } });
}

/**
 * Reads the input file and checks it is an .xlsx by its first bytes, so a CSV or an old .xls renamed
 * to .xlsx gets a message that says what it is instead of a zip library's complaint.
 */
export function readInputFile(path: string, shown = path): Buffer {
  const stat = statOrNull(path);
  if (!stat) throw new CliError(EXIT.input, { code: 'cli.fileNotFound', params: { file: shown } });
  if (stat.isDirectory()) throw new CliError(EXIT.input, { code: 'cli.notAFile', params: { file: shown } });
  // A FIFO, socket or device would block the read (or never end): only a regular file is read.
  if (!stat.isFile()) throw new CliError(EXIT.input, { code: 'cli.notRegularFile', params: { file: shown } });
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new CliError(EXIT.input, { code: 'cli.readFailed', params: { file: shown, detail: errorDetail(err) } });
  }
  if (startsWith(bytes, ZIP)) return bytes;
  if (startsWith(bytes, OLE)) throw new CliError(EXIT.input, { code: 'cli.oldXls', params: { file: shown } });
  throw new CliError(EXIT.input, { code: looksLikeText(bytes) ? 'cli.textFile' : 'cli.notXlsx', params: { file: shown } });
}

/** Text (CSV, TSV, HTML saved as .xls…): no NUL bytes and mostly printable in the first 4 KB. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.length === 0) return false;
  let printable = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) printable++;
  }
  return printable / head.length > 0.95;
}

export function readModelFile(path: string, shown = path): string {
  const stat = statOrNull(path);
  if (!stat) throw new CliError(EXIT.model, { code: 'cli.modelNotFound', params: { file: shown } });
  if (stat.isDirectory()) throw new CliError(EXIT.model, { code: 'cli.notAFile', params: { file: shown } });
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new CliError(EXIT.model, { code: 'cli.readFailed', params: { file: shown, detail: errorDetail(err) } });
  }
  // UTF-8 with or without a byte order mark, or UTF-16 as Notepad and PowerShell save "Unicode".
  const decoded = decodeModelFile(bytes);
  if (!decoded.ok) throw new CliError(EXIT.model, decoded.error);
  return decoded.text;
}

/** `<input>.klantwaarde.xlsx` next to the input: klanten.xlsx → klanten.klantwaarde.xlsx. */
export function defaultOutputPath(input: string): string {
  const { dir, name } = parse(input);
  return join(dir, `${name}.klantwaarde.xlsx`);
}

/** True when both paths name the same file, also through a symlink or a hard link. */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  const sa = statOrNull(a);
  const sb = statOrNull(b);
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

/**
 * Checks the output path before any work is done: never the input, must be .xlsx, and must not
 * exist unless --force. `writeOutputFile` checks again at the moment of writing.
 */
export function checkOutputPath(input: string, output: string, force: boolean, shown = output): void {
  if (sameFile(input, output)) throw new CliError(EXIT.output, { code: 'cli.outputIsInput', params: { file: shown } });
  if (!/\.xlsx$/i.test(output)) throw new CliError(EXIT.usage, { code: 'cli.outputNotXlsx', params: { file: shown } });
  const folder = dirname(output);
  if (!statOrNull(folder)?.isDirectory())
    throw new CliError(EXIT.output, { code: 'cli.outputFolderMissing', params: { file: shown, folder } });
  const stat = statOrNull(output);
  if (stat?.isDirectory()) throw new CliError(EXIT.output, { code: 'cli.notAFile', params: { file: shown } });
  if (stat && !force) throw new CliError(EXIT.output, { code: 'cli.outputExists', params: { file: shown } });
}

/** Writes the output's bytes into an open file: all at once, or produced by a writer (see `fileZipSink`). */
export type OutputContent = Uint8Array | ((fd: number) => void);

function writeContent(fd: number, content: OutputContent): void {
  if (typeof content === 'function') content(fd);
  else writeFileSync(fd, content);
}

/** A zip sink onto an open file: chunks appended, a header rewritten in place at its offset. */
export function fileZipSink(fd: number): { write: (chunk: Uint8Array) => void; rewrite: (bytes: Uint8Array, position: number) => void } {
  const all = (bytes: Uint8Array, position: number | null) => {
    for (let done = 0; done < bytes.length;)
      done += writeSync(fd, bytes, done, bytes.length - done, position === null ? null : position + done);
  };
  return { write: (chunk) => all(chunk, null), rewrite: (bytes, position) => all(bytes, position) };
}

/**
 * Writes the output. Without --force the file is created exclusively ('wx'), so a file that appeared
 * meanwhile is still never overwritten. With --force the bytes go to a temporary file that then
 * replaces the old output in one rename, so a failed write never leaves a half-written workbook.
 */
export function writeOutputFile(input: string, output: string, content: OutputContent, force: boolean, shown = output): void {
  checkOutputPath(input, output, force, shown);
  const fail = (err: unknown) => writeError(err, shown);
  const target = force ? join(dirname(output), `.${basename(output)}.${process.pid}.tmp`) : output;
  let fd: number;
  try {
    fd = openSync(target, 'wx');
  } catch (err) {
    if (!force && (err as NodeJS.ErrnoException).code === 'EEXIST')
      throw new CliError(EXIT.output, { code: 'cli.outputExists', params: { file: shown } });
    throw fail(err);
  }
  try {
    writeContent(fd, content);
    closeSync(fd);
    if (force) renameSync(target, output);
  } catch (err) {
    try {
      closeSync(fd);
    } catch {
      /* already closed */
    }
    try {
      unlinkSync(target);
    } catch {
      /* nothing to clean up */
    }
    // A file system failure is the output's; anything else (a part of the input found damaged while it is copied) goes up as it is.
    throw typeof (err as NodeJS.ErrnoException)?.code === 'string' ? fail(err) : err;
  }
}
