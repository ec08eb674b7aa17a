// The errors quanta's commands raise on purpose. Each carries the exit status the CLI
// should end with, and a message that says what went wrong and what to do.

export class QuantaError extends Error {
  override name = 'QuantaError';
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

/** The command line was wrong: exit status 2, as for other Unix tools. */
export class UsageError extends QuantaError {
  override name = 'UsageError';
  constructor(message: string) {
    super(message, 2);
  }
}

/** The program to run does not exist (127) or cannot be executed (126), like a shell. */
export class CommandNotFoundError extends QuantaError {
  override name = 'CommandNotFoundError';
  constructor(readonly command: string, notExecutable = false) {
    super(notExecutable ? `cannot execute ${command}: permission denied` : `command not found: ${command}`, notExecutable ? 126 : 127);
  }
}

/** Quanta's own native parts are missing: the package was not built. */
export class NotBuiltError extends QuantaError {
  override name = 'NotBuiltError';
  constructor(path: string) {
    super(`${path} is missing: build Quanta first with \`npm install\` (or \`npm run build\`) in the repository`, 70);
  }
}
