import type { Lang } from '../i18n/catalog';
import type { CliKey, CliMessage } from '../i18n/cli';

export interface ClassifyRequest {
  readonly kind: 'classify';
  readonly input: string;
  readonly model?: string;
  readonly sheet?: string;
  readonly out?: string;
  readonly json: boolean;
  readonly force: boolean;
  /** Where to write the contact plan's agenda file (.ics); asking for it also writes the plan sheet. */
  readonly agenda?: string;
  /** `--header-row N`: the 1-based sheet row of the header row, when detection picks the wrong one. */
  readonly headerRow?: number;
}

export type CliRequest =
  { readonly kind: 'help' } | { readonly kind: 'version' } | ClassifyRequest | { readonly kind: 'usage'; readonly error: CliMessage };

const VALUE_OPTIONS = ['--model', '--sheet', '--out', '--lang', '--agenda', '--header-row'] as const;
const FLAG_OPTIONS = ['--json', '--force'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
type FlagOption = (typeof FLAG_OPTIONS)[number];

const usage = (code: CliKey, params: Record<string, string> = {}): CliRequest => ({ kind: 'usage', error: { code, params } });

/**
 * The language for messages: `--lang` wins, then the POSIX locale variables in their order of
 * precedence (LC_ALL, LC_MESSAGES, LANG); English only when that says English, as in Office.
 * Read before the rest of the arguments so even an argument error speaks the user's language.
 */
export function cliLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value === 'en' || value === 'nl') return value;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** Parses `klantwaarde …` arguments; never throws, a mistake becomes a `usage` request with a message. */
export function parseArgs(argv: readonly string[]): CliRequest {
  const values: Partial<Record<ValueOption, string>> = {};
  const flags = new Set<FlagOption>();
  const positional: string[] = [];
  let help = false;
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (arg === '-v' || arg === '--version') {
      version = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if ((FLAG_OPTIONS as readonly string[]).includes(name)) {
      if (eq > 0) return usage('cli.unknownOption', { option: arg });
      flags.add(name as FlagOption);
      continue;
    }
    if (!(VALUE_OPTIONS as readonly string[]).includes(name)) return usage('cli.unknownOption', { option: arg });
    const option = name as ValueOption;
    if (values[option] !== undefined) return usage('cli.repeatedOption', { option });
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    // An option followed by another option almost always means the value was forgotten.
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) return usage('cli.missingValue', { option });
    values[option] = value;
  }
  if (help) return { kind: 'help' };
  if (version) return { kind: 'version' };
  if (values['--lang'] !== undefined && values['--lang'] !== 'nl' && values['--lang'] !== 'en') {
    return usage('cli.badLang', { value: values['--lang'] });
  }
  const headerRow = values['--header-row'];
  if (headerRow !== undefined && !/^[1-9]\d{0,6}$/.test(headerRow)) return usage('cli.badHeaderRow', { value: headerRow });
  const [command, input, extra] = positional;
  if (command === undefined) return usage('cli.missingCommand');
  if (command !== 'classify') return usage('cli.unknownCommand', { command });
  if (input === undefined) return usage('cli.missingInput');
  if (extra !== undefined) return usage('cli.extraArgument', { argument: extra });
  return {
    kind: 'classify',
    input,
    json: flags.has('--json'),
    force: flags.has('--force'),
    ...(values['--model'] !== undefined ? { model: values['--model'] } : {}),
    ...(values['--sheet'] !== undefined ? { sheet: values['--sheet'] } : {}),
    ...(values['--out'] !== undefined ? { out: values['--out'] } : {}),
    ...(values['--agenda'] !== undefined ? { agenda: values['--agenda'] } : {}),
    ...(headerRow !== undefined ? { headerRow: Number(headerRow) } : {}),
  };
}
