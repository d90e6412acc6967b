#!/usr/bin/env bash
# Model gateway overhead: the same triage requests sent straight to the fake provider and through
# the gateway (ledger, budgets, rate limits, cache, breaker), at 1, 16 and 64 concurrent calls.
#
#   Benchmarks/gateway.sh                        # 3000 calls per level and mode
#   CALLS=10000 CONCURRENCY=1,16,64,256 Benchmarks/gateway.sh
#
# The fake (`supportbot fake-llm`, zero latency) runs as its own process so its CPU is not
# counted; Postgres keeps its default durability. Everything shares this machine's cores.
set -euo pipefail
source "$(dirname "$0")/../deploy/lib.sh"
cd "$SUPPORTBOT_ROOT"

CALLS="${CALLS:-3000}"
CONCURRENCY="${CONCURRENCY:-1,16,64}"

bench_setup

start_fake_llm "$WORK/fake.log"


log "supportbot bench gateway: $CALLS calls per level and mode, concurrency $CONCURRENCY"
POSTMASTER="$(head -1 "$WORK/data/postmaster.pid")"
pg_before="$(cpu_of "$POSTMASTER")"
fake_before="$(cpu_of "$FAKE_PID")"
"$BIN" bench gateway --llm-url "http://127.0.0.1:$FAKE_PORT/v1" --calls "$CALLS" --concurrency "$CONCURRENCY"
pg_after="$(cpu_of "$POSTMASTER")"
fake_after="$(cpu_of "$FAKE_PID")"
rows="$("$BIN_PG/psql" -X -tA -h 127.0.0.1 -p "$PGPORT" -U postgres -d bench -c "SELECT count(*) FROM llm_ledger")"
log "ledger rows written: $rows"
# Only gateway calls touch Postgres (direct calls do not), so its CPU divides by the ledger rows.
python3 -c "print(f'Postgres CPU per gateway call: {($pg_after - $pg_before) / $rows * 1e6:.0f} µs; fake provider CPU per call (both modes): {($fake_after - $fake_before) / ($rows * 2) * 1e6:.0f} µs')"
