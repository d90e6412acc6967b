#!/usr/bin/env bash
# Fairness across tenants: the ticket → draft latency of a quiet tenant, alone and beside another
# tenant's burst, through a real `serve --role all` and the fake provider at LATENCY ms per call.
#
#   Benchmarks/fairness.sh
#   BURST=1000 LATENCY=300 QUIET_TICKETS=30 Benchmarks/fairness.sh
#
# Default lanes (interactive 8, batch 4): the burst keeps them busy for about
# BURST × 2 calls × LATENCY / 8 seconds, which is what a quiet tenant waited out under
# first-come-first-served claims.
set -euo pipefail
source "$(dirname "$0")/../deploy/lib.sh"
cd "$SUPPORTBOT_ROOT"

BURST="${BURST:-600}"
LATENCY="${LATENCY:-200}"
QUIET_TICKETS="${QUIET_TICKETS:-20}"
QUIET_RATE="${QUIET_RATE:-2}"

bench_setup
NOISY="$("$BIN" tenant create --name noisy | sed -E 's/.*"id":"([^"]+)".*/\1/')"
QUIET="$("$BIN" tenant create --name quiet | sed -E 's/.*"id":"([^"]+)".*/\1/')"

start_fake_llm "$WORK/fake.log"
curl -fsS -X PUT -H 'Content-Type: application/json' -d "{\"latency_ms\": $LATENCY}" \
    "http://127.0.0.1:$FAKE_PORT/_fake/config" >/dev/null

PORT="$(free_port 18190)"
OPENAI_API_KEY=bench LLM_BASE_URL="http://127.0.0.1:$FAKE_PORT/v1" LOG_LEVEL=warning \
    SUPPORTBOT_RPM_MINI=1e6 SUPPORTBOT_RPM_FULL=1e6 SUPPORTBOT_TPM_MINI=1e9 SUPPORTBOT_TPM_FULL=1e9 \
    "$BIN" serve --role all --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
URL="http://127.0.0.1:$PORT"

log "quiet tenant alone: $QUIET_TICKETS tickets at $QUIET_RATE/s, provider $LATENCY ms"
"$BIN" bench pipeline --tenant "$QUIET" --url "$URL" --tickets "$QUIET_TICKETS" --rate "$QUIET_RATE" \
    --label "quiet tenant alone" --json >>"$WORK/results.jsonl"

log "noisy tenant: a burst of $BURST tickets; 2 s later the quiet tenant sends its $QUIET_TICKETS"
"$BIN" bench pipeline --tenant "$NOISY" --url "$URL" --tickets "$BURST" --timeout 900 \
    --label "noisy tenant's burst" --json >"$WORK/noisy.json" &
NOISY_PID=$!
sleep 2
"$BIN" bench pipeline --tenant "$QUIET" --url "$URL" --tickets "$QUIET_TICKETS" --rate "$QUIET_RATE" \
    --label "quiet tenant beside a $BURST-ticket burst" --json >>"$WORK/results.jsonl"
wait "$NOISY_PID"
cat "$WORK/noisy.json" >>"$WORK/results.jsonl"

python3 - "$WORK/results.jsonl" <<'PY'
import json, sys
print()
print("run | tickets | ticket→draft p50 | p99 | ticket→done p50 | p99")
print(":-- | ------: | ---------------: | --: | --------------: | --:")
for r in map(json.loads, open(sys.argv[1])):
    print(f'{r["label"]} | {r["tickets"]} | {r["draft_p50_ms"]:.0f} ms | {r["draft_p99_ms"]:.0f} ms | '
          f'{r["done_p50_ms"]:.0f} ms | {r["done_p99_ms"]:.0f} ms')
PY
