import { existsSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError, EXIT } from './errors';
import { writeError } from './files';

/**
 * The agenda file of `--agenda plan.ics`: checked before any work is done (an .ics, not the input,
 * an existing folder, not an existing file without --force), written whole or not at all.
 */
export function checkAgendaPath(input: string, agenda: string, force: boolean, shown = agenda): void {
  if (resolve(input) === resolve(agenda)) throw new CliError(EXIT.output, { code: 'cli.agendaIsInput', params: { file: shown } });
  if (!/\.ics$/i.test(agenda)) throw new CliError(EXIT.usage, { code: 'cli.agendaNotIcs', params: { file: shown } });
  const folder = dirname(agenda);
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new CliError(EXIT.output, { code: 'cli.outputFolderMissing', params: { file: shown, folder } });
  if (existsSync(agenda)) {
    if (statSync(agenda).isDirectory()) throw new CliError(EXIT.output, { code: 'cli.notAFile', params: { file: shown } });
    if (!force) throw new CliError(EXIT.output, { code: 'cli.agendaExists', params: { file: shown } });
  }
}

/** Writes through a temporary file and a rename, so a calendar never imports half a file. */
export function writeAgendaFile(input: string, agenda: string, text: string, force: boolean, shown = agenda): void {
  checkAgendaPath(input, agenda, force, shown);
  const temp = join(dirname(agenda), `.${basename(agenda)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { encoding: 'utf8', flag: 'wx' });
    renameSync(temp, agenda);
  } catch (err) {
    try {
      unlinkSync(temp);
    } catch {
      /* nothing to clean up */
    }
    throw writeError(err, shown);
  }
}
