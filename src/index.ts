// Quanta's public TypeScript surface: what other tools (and the daemon, later) may import.
export { main, USAGE } from './cli/main.js';
export { parseRunArgs, runCommand, RUN_USAGE, type RunOptions } from './cli/run-command.js';
export { runEnvironment, type RunEnvironmentOptions } from './run/environment.js';
export { resolveDriver, realDriverPresent, type DriverChoice } from './run/driver.js';
export { launch, resolveCommand } from './run/launch.js';
export { nativePaths, PACKAGE_ROOT, NATIVE_BUILD, type NativePaths } from './paths.js';
export { QuantaError, UsageError, CommandNotFoundError, NotBuiltError } from './errors.js';
