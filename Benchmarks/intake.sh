#!/usr/bin/env bash
# Intake throughput and latency next to the raw-SQL ceiling, on one fresh cluster, in one run.
#
#   Benchmarks/intake.sh                 # 1, 16 and 64 clients, 10 s each
#   CLIENTS=16 DURATION=30 Benchmarks/intake.sh
#
# The cluster keeps Postgres's default durability (fsync, synchronous_commit on): the numbers are
# what a webhook acknowledged after COMMIT costs. Server and load generator share this machine.
set -euo pipefail
source "$(dirname "$0")/../deploy/lib.sh"
cd "$SUPPORTBOT_ROOT"

CLIENTS="${CLIENTS:-1,16,64}"
DURATION="${DURATION:-10}"
POOL_SIZE="${POOL_SIZE:-16}"

bench_setup
TENANT="$("$BIN" tenant create --name bench | sed -E 's/.*"id":"([^"]+)".*/\1/')"
PORT="$(free_port 18090)"
LOG_LEVEL=warning "$BIN" serve --role api --port "$PORT" --pool-size "$POOL_SIZE" &
SERVER=$!
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break; sleep 0.1; done

log "supportbot bench intake (clients $CLIENTS, ${DURATION}s each, server pool $POOL_SIZE)"
"$BIN" bench intake --tenant "$TENANT" --url "http://127.0.0.1:$PORT" --clients "$CLIENTS" \
    --duration "$DURATION" --json >"$WORK/intake.jsonl"

log "pgbench with the same statements"
for c in ${CLIENTS//,/ }; do
    rm -f "$WORK"/pgbench_log.*
    (cd "$WORK" && "$BIN_PG/pgbench" -n -M extended -h 127.0.0.1 -p "$PGPORT" -U postgres -c "$c" -j "$(( c < 2 ? c : 2 ))" \
        -T "$DURATION" -D tenant="$TENANT" -f "$SUPPORTBOT_ROOT/Benchmarks/intake.pgbench.sql" -l bench \
        >"$WORK/pgbench-$c.txt" 2>&1) || { cat "$WORK/pgbench-$c.txt" >&2; die "pgbench failed"; }
    tps="$(sed -nE 's/^tps = ([0-9.]+) .*/\1/p' "$WORK/pgbench-$c.txt" | head -1)"
    # Per-transaction log: the third field is the latency in microseconds.
    cat "$WORK"/pgbench_log.* | awk '{print $3}' | sort -n >"$WORK/lat-$c"
    count="$(wc -l <"$WORK/lat-$c")"
    p50="$(awk -v n="$count" 'NR == int(n * 0.50 + 0.999) {printf "%.2f", $1 / 1000}' "$WORK/lat-$c")"
    p99="$(awk -v n="$count" 'NR == int(n * 0.99 + 0.999) {printf "%.2f", $1 / 1000}' "$WORK/lat-$c")"
    echo "{\"clients\":$c,\"tps\":$tps,\"p50_ms\":$p50,\"p99_ms\":$p99}" >>"$WORK/pgbench.jsonl"
done

python3 - "$WORK/intake.jsonl" "$WORK/pgbench.jsonl" <<'PY'
import json, sys
intake = {r["clients"]: r for r in map(json.loads, open(sys.argv[1]))}
raw = {r["clients"]: r for r in map(json.loads, open(sys.argv[2]))}
print()
print("clients | intake webhooks/s | p50 ms | p99 ms | errors | pgbench tx/s | p50 ms | p99 ms | intake/pgbench")
print("------: | ----------------: | -----: | -----: | -----: | -----------: | -----: | -----: | -------------:")
for c in sorted(intake):
    i, r = intake[c], raw[c]
    print(f"{c} | {i['accepted_per_second']:.0f} | {i['p50_ms']:.2f} | {i['p99_ms']:.2f} | {i['errors']} | "
          f"{r['tps']:.0f} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {100 * i['accepted_per_second'] / r['tps']:.0f}%")
PY
