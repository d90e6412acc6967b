#!/usr/bin/env bash
# The whole pipeline under load: a real `serve --role all` (intake, workers, gateway) against the
# fake provider at 0 and 300 ms latency. Two runs per latency:
#   burst  — TICKETS tickets at once: tickets fully processed per second (triage, summary and
#            draft committed), the throughput;
#   paced  — PACED_TICKETS at RATE per second, below saturation: ticket → draft latency without
#            a queue in front of it.
#
#   Benchmarks/pipeline.sh
#   TICKETS=1000 LATENCIES="0 300 1000" Benchmarks/pipeline.sh
#
# Postgres keeps its default durability; server, fake provider, Postgres and load generator share
# this machine's cores. CPU per ticket is printed for Postgres and for supportbot.
set -euo pipefail
source "$(dirname "$0")/../deploy/lib.sh"
cd "$SUPPORTBOT_ROOT"

TICKETS="${TICKETS:-500}"
PACED_TICKETS="${PACED_TICKETS:-200}"
RATE="${RATE:-20}"
LATENCIES="${LATENCIES:-0 300}"
LANE_INTERACTIVE="${LANE_INTERACTIVE:-64}"
LANE_BATCH="${LANE_BATCH:-32}"
POOL_SIZE="${POOL_SIZE:-16}"

bench_setup
TENANT="$("$BIN" tenant create --name bench | sed -E 's/.*"id":"([^"]+)".*/\1/')"

start_fake_llm "$WORK/fake.log"

PORT="$(free_port 18090)"
OPENAI_API_KEY=bench LLM_BASE_URL="http://127.0.0.1:$FAKE_PORT/v1" LOG_LEVEL=warning \
    SUPPORTBOT_RPM_MINI=1e6 SUPPORTBOT_RPM_FULL=1e6 SUPPORTBOT_TPM_MINI=1e9 SUPPORTBOT_TPM_FULL=1e9 \
    SUPPORTBOT_LANE_INTERACTIVE="$LANE_INTERACTIVE" SUPPORTBOT_LANE_BATCH="$LANE_BATCH" \
    "$BIN" serve --role all --port "$PORT" --pool-size "$POOL_SIZE" >"$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break; sleep 0.1; done

POSTMASTER="$(head -1 "$WORK/data/postmaster.pid")"

log "supportbot bench pipeline: burst $TICKETS, paced $PACED_TICKETS at $RATE/s; lanes interactive $LANE_INTERACTIVE, batch $LANE_BATCH; pool $POOL_SIZE"
for latency in $LATENCIES; do
    curl -fsS -X PUT -H 'Content-Type: application/json' -d "{\"latency_ms\": $latency}" \
        "http://127.0.0.1:$FAKE_PORT/_fake/config" >/dev/null
    pg0="$(cpu_of "$POSTMASTER")"; sb0="$(cpu_of "$SERVER")"
    "$BIN" bench pipeline --tenant "$TENANT" --url "http://127.0.0.1:$PORT" --tickets "$TICKETS" \
        --label "burst, provider ${latency} ms" --json >>"$WORK/results.jsonl"
    pg1="$(cpu_of "$POSTMASTER")"; sb1="$(cpu_of "$SERVER")"
    python3 -c "print(f'provider {$latency} ms: CPU per ticket (burst): Postgres {($pg1-$pg0)/$TICKETS*1e3:.1f} ms, supportbot {($sb1-$sb0)/$TICKETS*1e3:.1f} ms')"
    "$BIN" bench pipeline --tenant "$TENANT" --url "http://127.0.0.1:$PORT" --tickets "$PACED_TICKETS" \
        --rate "$RATE" --label "paced $RATE/s, provider ${latency} ms" --json >>"$WORK/results.jsonl"
done

python3 - "$WORK/results.jsonl" <<'PY'
import json, sys
print()
print("run | tickets | processed/s | ticket→draft p50 | p99 | ticket→done p50 | p99 | draft sources")
print(":-- | ------: | ----------: | ---------------: | --: | --------------: | --: | :--")
for r in map(json.loads, open(sys.argv[1])):
    src = ", ".join(f"{k} {v}" for k, v in sorted(r["draft_sources"].items()))
    print(f'{r["label"]} | {r["tickets"]} | {r["processed_per_second"]:.1f} | {r["draft_p50_ms"]:.0f} ms | '
          f'{r["draft_p99_ms"]:.0f} ms | {r["done_p50_ms"]:.0f} ms | {r["done_p99_ms"]:.0f} ms | {src}')
PY
