#!/usr/bin/env bash
# scripts/soak.sh [ROUNDS]: the proof that the suite neither flakes nor leaks (issue 11):
# `npm test` ROUNDS times in a row (default 10) in this checkout while another `npm test`
# runs in a loop beside it, on the same CPUs, in a copy of this checkout run as another
# user (its own build, temporary folder and simulated GPUs, so that neither suite's leak
# check sees the other's files). One line per round; a failed round's log is kept under
# $SOAK_LOGS (default /var/tmp/quanta-soak-logs). Needs root (to run the copy as another
# user). Exit status 0 only if every round passed and left nothing behind.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rounds=${1:-10}
logs=${SOAK_LOGS:-/var/tmp/quanta-soak-logs}
uid=4242
[ "$(id -u)" = 0 ] || { echo "soak.sh: run as root (the suite beside runs as another user)" >&2; exit 2; }
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "soak.sh: ROUNDS must be a positive number, not $rounds" >&2; exit 2; }
id -u quanta-soak >/dev/null 2>&1 || useradd -M -u "$uid" -d /nonexistent -s /usr/sbin/nologin quanta-soak
mkdir -p "$logs"

# The copy beside: tracked and untracked files, node_modules included (nothing to
# download), outside /tmp so that this suite's leak check does not see its folders.
beside=$(mktemp -d /var/tmp/quanta-soak-beside-XXXXXX)
loop_pid=
cleanup() {
  [ -n "$loop_pid" ] && kill -- "-$loop_pid" 2>/dev/null
  [ -n "$loop_pid" ] && wait "$loop_pid" 2>/dev/null
  pkill -KILL -u "$uid" 2>/dev/null || true
  # Killed processes may still be exiting (and a test's segment appear) for a moment.
  for _ in $(seq 50); do pgrep -u "$uid" >/dev/null || break; sleep 0.1; done
  rm -rf "$beside"
  rm -f /dev/shm/fakecuda-v1-"$uid"-*
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$beside/repo" "$beside/tmp"
(cd "$root" && tar --exclude=./.git --exclude=./.device -cf - .) | tar -xf - -C "$beside/repo"
chown -R "$uid:$uid" "$beside"
setsid setpriv --reuid="$uid" --regid="$uid" --clear-groups \
  env HOME="$beside" TMPDIR="$beside/tmp" PATH="$(dirname "$(command -v node)"):/usr/local/bin:/usr/bin:/bin" bash -c 'cd "$0/repo" && while :; do npm test >>"$0/beside.log" 2>&1; echo "beside: exit $?" >>"$0/beside.log"; done' "$beside" &
loop_pid=$!
echo "soak: $rounds rounds of npm test in $root, another npm test looping beside it (uid $uid, $beside)"

passed=0
for ((i = 1; i <= rounds; i++)); do
  start=$SECONDS
  log="$logs/round-$i.log"
  if (cd "$root" && QUANTA_TEST_BESIDE_UID=$uid npm test >"$log" 2>&1); then
    passed=$((passed + 1))
    verdict=pass
  else
    verdict=FAIL
  fi
  summary=$(grep -E '^# (pass|fail) ' "$log" | tr '\n' ' ')
  leaks=$(grep -E '^== the tests left' "$log" || true)
  echo "round $i: $verdict in $((SECONDS - start)) s: ${summary}${leaks:+ / $leaks}"
  grep -E '^not ok' "$log" | sed 's/^/    /' || true
  [ "$verdict" = pass ] && rm -f "$log"
done
beside_rounds=$(grep -c '^beside: exit' "$beside/beside.log" 2>/dev/null || true)
beside_passed=$(grep -c '^beside: exit 0' "$beside/beside.log" 2>/dev/null || true)
echo "soak: $passed of $rounds rounds passed; the suite beside finished ${beside_rounds:-0} round(s) meanwhile (${beside_passed:-0} passed)"
[ "$passed" = "$rounds" ]
