/** Where the CLI reads its environment and writes its text; tests pass their own to run `main` in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Relative paths in the arguments are resolved against this folder. */
  readonly cwd: string;
  /** On a terminal, progress redraws one line; in a log it prints a line per step. */
  readonly stderrIsTTY: boolean;
  /** Input files from this size on get progress messages on stderr. */
  readonly largeFileBytes: number;
  /** The clock for the report date (tests pin it). */
  readonly now?: () => Date;
}

export const LARGE_FILE_BYTES = 1024 * 1024;

export function processIo(): CliIo {
  // `klantwaarde … --json | head` closes stdout early; that is the reader's choice, not an error.
  let stdoutClosed = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    stdoutClosed = true;
  });
  return {
    stdout: (text) => {
      if (!stdoutClosed) process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    env: process.env,
    cwd: process.cwd(),
    stderrIsTTY: !!process.stderr.isTTY,
    largeFileBytes: LARGE_FILE_BYTES,
  };
}
