import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLanguage } from '../i18n/catalog';
import { thrownText } from '../i18n/errorText';
import { cliTextsFor, type CliTexts } from '../i18n/cliTexts';
import { cliLanguage, parseArgs } from './args';
import { classifyCommand } from './classify';
import { CliError, EXIT } from './errors';
import { processIo, type CliIo } from './io';

/** The package version; package.json sits two folders up from both src/cli and lib/cli. */
function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '?';
  } catch {
    return '?';
  }
}

function printError(io: CliIo, tx: CliTexts, err: CliError): void {
  const [first, ...details] = err.messages;
  io.stderr(`${tx.message(first!)}\n`);
  // Model errors come as a heading plus one line per field; other details are whole sentences.
  for (const d of details) io.stderr(`${err.exitCode === EXIT.model ? '  - ' : ''}${tx.message(d)}\n`);
}

/**
 * `klantwaarde` entry point (bin/klantwaarde.js calls it): returns the exit code, never calls
 * process.exit, so tests run it in-process and stdout can drain.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const lang = cliLanguage(argv, io.env);
  // English texts are a module of their own, loaded on demand in the browser; here a plain require.
  await loadLanguage(lang);
  const tx = cliTextsFor(lang);
  const request = parseArgs(argv);
  try {
    switch (request.kind) {
      case 'help':
        io.stdout(`${tx.t('cli.help', { version: version() })}\n`);
        return EXIT.ok;
      case 'version':
        io.stdout(`klantwaarde ${version()}\n`);
        return EXIT.ok;
      case 'usage':
        io.stderr(`${tx.message(request.error)}\n${tx.t('cli.hint')}\n`);
        return EXIT.usage;
      case 'classify':
        return await classifyCommand(request, tx, io);
    }
  } catch (err) {
    if (err instanceof CliError) {
      printError(io, tx, err);
      return err.exitCode;
    }
    const detail = thrownText(err);
    io.stderr(`${tx.t('cli.internalError', { detail })}\n`);
    if (io.env.KLANTWAARDE_DEBUG && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    return EXIT.internal;
  }
}
