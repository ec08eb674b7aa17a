// What the test suite must leave behind: nothing. Before the tests, scripts/test.mjs takes a
// snapshot of the processes running this checkout's programs, the simulated GPUs' shared
// segments (/dev/shm/fakecuda-*) and the tests' folders (/tmp/quanta-*); afterwards,
// whatever is new is a leak: a test that did not clean up after itself, also when it
// failed. Leaked processes are killed (and leaked files removed) so that the machine is
// clean for what runs next, and named so that the test can be fixed.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Processes whose command line names a file under `root`, except this one's ancestors. */
function processesOf(root) {
  const mine = new Set();
  for (let pid = process.pid; pid > 1;) {
    mine.add(pid);
    try {
      pid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]);
    } catch {
      break;
    }
  }
  const found = new Map();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || mine.has(pid)) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      const state = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0];
      if (cmd.includes(root) && state !== 'Z') found.set(pid, cmd);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

const list = (dir, prefix) => {
  try {
    return readdirSync(dir).filter((f) => f.startsWith(prefix)).map((f) => join(dir, f));
  } catch {
    return [];
  }
};

/** Segments of a suite run beside this one as another user (scripts/soak.sh) are its own. */
const besideUid = process.env.QUANTA_TEST_BESIDE_UID === undefined ? undefined : Number(process.env.QUANTA_TEST_BESIDE_UID);
const notBeside = (path) => {
  try {
    return besideUid === undefined || statSync(path).uid !== besideUid;
  } catch {
    return false; // gone meanwhile
  }
};

/** What exists now that a test may leave behind. */
export function snapshot(root) {
  return {
    processes: processesOf(root),
    files: new Set([...list('/dev/shm', 'fakecuda-').filter(notBeside), ...list(tmpdir(), 'quanta-')]),
  };
}

/**
 * What is new since `before`, after giving exiting processes `graceMs`; kills and removes
 * it. Returns one line per leak (empty: clean).
 */
export async function reapLeaks(root, before, graceMs = 3000) {
  let now = snapshot(root);
  const fresh = () => [...now.processes].filter(([pid]) => !before.processes.has(pid));
  for (let waited = 0; fresh().length > 0 && waited < graceMs; waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
    now = snapshot(root);
  }
  const leaks = [];
  for (const [pid, cmd] of fresh()) {
    leaks.push(`process ${pid} still running: ${cmd}`);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // exited meanwhile
    }
  }
  for (const f of now.files) {
    if (before.files.has(f)) continue;
    leaks.push(`left behind: ${f}`);
    rmSync(f, { recursive: true, force: true });
  }
  return leaks;
}
