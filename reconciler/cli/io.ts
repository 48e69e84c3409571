/** What a command may touch of the outside world: injected so tests can run commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /**
   * Progress of long commands (reading the chain, each transaction sent and mined, each apply round): one
   * plain line each, on stderr. Absent (tests, `--quiet`) = silent.
   */
  progress?: (line: string) => void;
}

/** One progress line, when the command's io has a progress channel. */
export function progress(io: CliIo, line: string): void {
  io.progress?.(line);
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    progress: (line) => process.stderr.write(`${line}\n`),
  };
}

/** Exit codes shared by every command (drift adds 2 = drift detected, Terraform's -detailed-exitcode). */
export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_DRIFT = 2;
