// `quanta demo` (what `npm start` runs): a CUDA program under Quanta with tracing, on
// the machine's GPU if it has one, otherwise on the simulated device, said as such.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NotBuiltError, UsageError } from '../errors.js';
import { NATIVE_BUILD, nativePaths } from '../paths.js';
import { resolveDriver } from '../run/driver.js';
import { runEnvironment } from '../run/environment.js';
import { launch } from '../run/launch.js';

export async function demoCommand(args: string[], out: (line: string) => void): Promise<number> {
  if (args.length > 0) throw new UsageError('demo takes no arguments');
  const paths = nativePaths();
  const program = join(NATIVE_BUILD, 'examples/demo');
  if (!existsSync(program)) throw new NotBuiltError(program);
  const driver = resolveDriver('auto');
  out(driver === 'simulated'
    ? 'Quanta demo: no NVIDIA GPU on this machine, so it runs on the SIMULATED device (fakecuda).\n' +
      'Numbers below come from the simulation, not from a GPU.'
    : 'Quanta demo: running on this machine\'s NVIDIA GPU.');
  out(`$ quanta run --trace -- ${program}\n`);
  const code = await launch([program], runEnvironment(process.env, paths, { driver, trace: true }));
  out(code === 0
    ? '\nThe trace above lists every driver entry point the program called, each through a Quanta wrapper.'
    : `\ndemo program failed with status ${code}`);
  return code;
}
