#!/usr/bin/env bash
# Job runtime throughput and wake-up latency next to the raw-SQL ceiling, on one fresh cluster.
#
#   Benchmarks/jobs.sh                   # 1, 2 and 4 worker processes, 20000 jobs each
#   WORKERS=4 JOBS=50000 BATCHES=10,64 Benchmarks/jobs.sh
#   TENANTS=10 Benchmarks/jobs.sh        # also a run with the jobs spread over 10 tenants
#
# Against an older build in the same run (same machine weather), e.g. before fair claiming:
#   git worktree add /tmp/base <rev> && (cd /tmp/base && swift build -c release --product supportbot)
#   BASELINE_BIN=/tmp/base/.build/release/supportbot BASELINE_SCHEMA=/tmp/base/schema Benchmarks/jobs.sh
# The baseline gets a database of its own, migrated with its own schema.
#
# The cluster keeps Postgres's default durability (fsync, synchronous_commit on). Workers, load
# generator and Postgres share this machine.
set -euo pipefail
source "$(dirname "$0")/../deploy/lib.sh"
cd "$SUPPORTBOT_ROOT"

WORKERS="${WORKERS:-1,2,4}"
JOBS="${JOBS:-20000}"
CONCURRENCY="${CONCURRENCY:-64}"
SAMPLES="${SAMPLES:-200}"
BATCHES="${BATCHES:-10,64}"
DURATION="${DURATION:-10}"
TENANTS="${TENANTS:-10}"
BASELINE_BIN="${BASELINE_BIN:-}"
BASELINE_SCHEMA="${BASELINE_SCHEMA:-}"

bench_setup
PSQL=("$BIN_PG/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres -d bench)
if [ -n "$BASELINE_BIN" ]; then
    [ -d "$BASELINE_SCHEMA" ] || die "BASELINE_BIN needs BASELINE_SCHEMA (the baseline checkout's schema/ folder)"
    "$BIN_PG/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres bench_base
    BASE_URL="postgres://postgres@127.0.0.1:$PGPORT/bench_base"
    DATABASE_URL="$BASE_URL" SUPPORTBOT_SCHEMA_DIR="$BASELINE_SCHEMA" "$BASELINE_BIN" migrate >/dev/null
fi

# A fresh cluster is slow at first (WAL segments are created, caches are cold): one unmeasured pass.
log "warm-up pass (not measured)"
"$BIN" bench jobs --workers 2 --jobs "$JOBS" --concurrency "$CONCURRENCY" --samples 0 >/dev/null

# Each step runs our workers and then pgbench right after, so both see the same machine weather.
for c in ${WORKERS//,/ }; do
    if [ -n "$BASELINE_BIN" ]; then
        log "baseline bench jobs: $c worker process(es), $JOBS jobs, concurrency $CONCURRENCY per process"
        DATABASE_URL="$BASE_URL" "$BASELINE_BIN" bench jobs --workers "$c" --jobs "$JOBS" \
            --concurrency "$CONCURRENCY" --samples "$SAMPLES" --json |
            sed 's/^{/{"label":"baseline",/' >>"$WORK/jobs.jsonl"
    fi
    log "supportbot bench jobs: $c worker process(es), $JOBS jobs, concurrency $CONCURRENCY per process"
    "$BIN" bench jobs --workers "$c" --jobs "$JOBS" --concurrency "$CONCURRENCY" --samples "$SAMPLES" \
        --json | sed 's/^{/{"label":"no tenant",/' >>"$WORK/jobs.jsonl"
    if [ "$TENANTS" -gt 0 ]; then
        log "supportbot bench jobs: the same over $TENANTS tenants (fair claims across them)"
        "$BIN" bench jobs --workers "$c" --jobs "$JOBS" --concurrency "$CONCURRENCY" --samples "$SAMPLES" \
            --tenants "$TENANTS" --json | sed "s/^{/{\"label\":\"$TENANTS tenants\",/" >>"$WORK/jobs.jsonl"
    fi
    for batch in ${BATCHES//,/ }; do
        log "pgbench: the same claim + complete statements, $c client(s), batch $batch, ${DURATION}s"
        # Enough queued jobs that the run never runs dry; completed ones are counted, not transactions.
        need=$(( 50000 * DURATION * c ))
        "${PSQL[@]}" -c "DELETE FROM jobs WHERE lane = 'pgbench'" \
            -c "SELECT count(jobs_enqueue('noop', 'pgbench', 3)) FROM generate_series(1, $need)" \
            -c "VACUUM ANALYZE jobs"
        "$BIN_PG/pgbench" -n -M extended -h 127.0.0.1 -p "$PGPORT" -U postgres -c "$c" -j "$(( c < 2 ? c : 2 ))" \
            -T "$DURATION" -D batch="$batch" -f "$SUPPORTBOT_ROOT/Benchmarks/jobs.pgbench.sql" bench \
            >"$WORK/pgbench-$batch-$c.txt" 2>&1 || { cat "$WORK/pgbench-$batch-$c.txt" >&2; die "pgbench failed"; }
        done_count="$("${PSQL[@]}" -tA -c "SELECT count(*) FROM jobs WHERE lane = 'pgbench' AND state = 'completed'")"
        left="$("${PSQL[@]}" -tA -c "SELECT count(*) FROM jobs WHERE lane = 'pgbench' AND state = 'available'")"
        [ "$left" -gt 0 ] || die "pgbench ran out of queued jobs; raise the preload"
        echo "{\"batch\":$batch,\"clients\":$c,\"jobs_per_second\":$(( done_count / DURATION ))}" >>"$WORK/pgbench.jsonl"
    done
    "${PSQL[@]}" -c "DELETE FROM jobs WHERE lane = 'pgbench'" -c "VACUUM ANALYZE jobs"
done

python3 - "$WORK/jobs.jsonl" "$WORK/pgbench.jsonl" <<'PY'
import json, sys
ours = [json.loads(l) for l in open(sys.argv[1])]
raw = [json.loads(l) for l in open(sys.argv[2])]
batches = sorted({r["batch"] for r in raw})
print()
head = "run | workers | jobs/s | start p50 ms | start p99 ms | " + " | ".join(
    f"pgbench batch {b} jobs/s | ratio" for b in batches)
print(head)
print("|".join([":--"] + ["------:"] * (4 + 2 * len(batches))))
for o in ours:
    cells = [o.get("label", ""), str(o["workers"]), f"{o['jobs_per_second']:.0f}", f"{o['start_p50_ms']:.2f}", f"{o['start_p99_ms']:.2f}"]
    for b in batches:
        r = next(r for r in raw if r["batch"] == b and r["clients"] == o["workers"])
        cells += [str(r["jobs_per_second"]), f"{100 * o['jobs_per_second'] / r['jobs_per_second']:.0f}%"]
    print(" | ".join(cells))
PY
