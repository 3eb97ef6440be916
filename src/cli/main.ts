import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../i18n/catalog';
import { thrownText } from '../i18n/errorText';
import { cliText, formatCliMessage } from '../i18n/cli';
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

function printError(io: CliIo, lang: Lang, err: CliError): void {
  const [first, ...details] = err.messages;
  io.stderr(`${formatCliMessage(lang, first!)}\n`);
  // Model errors come as a heading plus one line per field; other details are whole sentences.
  for (const d of details) io.stderr(`${err.exitCode === EXIT.model ? '  - ' : ''}${formatCliMessage(lang, d)}\n`);
}

/**
 * `klantwaarde` entry point (bin/klantwaarde.js calls it): returns the exit code, never calls
 * process.exit, so tests run it in-process and stdout can drain.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const lang = cliLanguage(argv, io.env);
  const request = parseArgs(argv);
  try {
    switch (request.kind) {
      case 'help':
        io.stdout(`${cliText(lang, 'cli.help', { version: version() })}\n`);
        return EXIT.ok;
      case 'version':
        io.stdout(`klantwaarde ${version()}\n`);
        return EXIT.ok;
      case 'usage':
        io.stderr(`${formatCliMessage(lang, request.error)}\n${cliText(lang, 'cli.hint')}\n`);
        return EXIT.usage;
      case 'classify':
        return await classifyCommand(request, lang, io);
    }
  } catch (err) {
    if (err instanceof CliError) {
      printError(io, lang, err);
      return err.exitCode;
    }
    const detail = thrownText(err);
    io.stderr(`${cliText(lang, 'cli.internalError', { detail })}\n`);
    if (io.env.KLANTWAARDE_DEBUG && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    return EXIT.internal;
  }
}
