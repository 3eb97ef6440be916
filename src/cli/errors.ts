import type { CliMessage } from '../i18n/cli';

/** Exit codes, documented in `klantwaarde --help`; scripts can tell what went wrong without parsing text. */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  input: 3,
  model: 4,
  table: 5,
  output: 6,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the user can fix: the exit code plus catalog messages (a heading and details, e.g. every model error). */
export class CliError extends Error {
  readonly messages: readonly CliMessage[];
  constructor(
    readonly exitCode: ExitCode,
    ...messages: CliMessage[]
  ) {
    super(messages[0]?.code ?? 'cli.error');
    this.name = 'CliError';
    this.messages = messages;
  }
}
