#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what is missing, starts a throwaway Postgres
# cluster (deleted afterwards), builds with warnings reported, and runs `swift test`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$SUPPORTBOT_ROOT"

ensure_packages
PGDIR="$(mktemp -d "${TMPDIR:-/tmp}/supportbot-test-pg.XXXXXX")"
cleanup() { stop_cluster "$PGDIR"; rm -rf "$PGDIR"; }
trap cleanup EXIT
# Durability is not under test here: fsync off makes the suite faster.
start_cluster "$PGDIR" "$(free_port 55432)" fsync=off synchronous_commit=off full_page_writes=off
PGPORT="$(cluster_port "$PGDIR")"
export SUPPORTBOT_TEST_DATABASE_URL="host=127.0.0.1 port=$PGPORT user=postgres dbname=postgres"
export PG_BIN="$(pg_bin)"
log "throwaway Postgres on port $PGPORT"

log "building (debug, with tests)"
set +e
swift build --build-tests >"$PGDIR/build.log" 2>&1
status=$?
set -e
# Our code builds without warnings; dependencies' warnings are not ours to fix.
grep -E "^$SUPPORTBOT_ROOT/(Sources|Tests)/.*(error|warning):" "$PGDIR/build.log" | sort -u >&2 || true
[ $status = 0 ] || { tail -40 "$PGDIR/build.log" >&2; die "the build failed"; }
if grep -qE "^$SUPPORTBOT_ROOT/(Sources|Tests)/.*warning:" "$PGDIR/build.log"; then
    die "the build has warnings in our code (listed above)"
fi
log "running swift test"
if [ $# = 0 ]; then
    # The chaos drills (Tests/DrillTests) each run whole pipelines of real processes; beside the
    # rest of the suite on two cores they would starve its timing-sensitive tests and themselves.
    swift test --skip-build --skip DrillTests
    log "chaos drills, alone (Tests/DrillTests; docs/jobs.md)"
    swift test --skip-build --filter DrillTests
else
    swift test --skip-build "$@"
fi
# The HTTP API against its own spec (schemathesis, short run; deploy/fuzz.sh api runs long ones).
# Skipped when running a subset of the tests.
if [ $# = 0 ]; then
    log "schemathesis against openapi.yaml (short)"
    # Stateful sequences depend on the ids a run creates: they belong to the long runs, so this one
    # generates the same cases every time (fixed seed).
    FUZZ_PHASES=examples,coverage,fuzzing FUZZ_ADMIN_CONNINFO="$SUPPORTBOT_TEST_DATABASE_URL" \
        SUPPORTBOT_BINARY="$(swift build --show-bin-path)/supportbot" bash deploy/fuzz.sh api 5
fi
