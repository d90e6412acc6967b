#!/usr/bin/env bash
# Outbound webhooks under load: one `supportbot serve --role worker` delivering to a local receiver
# (`supportbot fake-llm`'s /_fake/hooks sink, its own process) at 16 and 256 concurrent deliveries.
#   burst — EVENTS events in one transaction: deliveries per second;
#   paced — PACED_EVENTS at RATE per second: event commit → first attempt latency without a queue.
#
#   Benchmarks/deliveries.sh
#   EVENTS=20000 CONCURRENCY="16 256 1024" Benchmarks/deliveries.sh
#
# Postgres keeps its default durability; everything shares this machine's cores.
set -euo pipefail
source "$(dirname "$0")/../deploy/lib.sh"
cd "$SUPPORTBOT_ROOT"

EVENTS="${EVENTS:-5000}"
PACED_EVENTS="${PACED_EVENTS:-1000}"
RATE="${RATE:-200}"
CONCURRENCY="${CONCURRENCY:-16 256}"
POOL_SIZE="${POOL_SIZE:-16}"

bench_setup

start_fake_llm "$WORK/sink.log" 8290
export SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE=1
TENANT="$("$BIN" tenant create --name bench --webhook-url "http://127.0.0.1:$FAKE_PORT/_fake/hooks" \
    | sed -E 's/.*"id":"([^"]+)".*/\1/')"

log "supportbot bench deliveries: burst $EVENTS, paced $PACED_EVENTS at $RATE/s; concurrency $CONCURRENCY; pool $POOL_SIZE"
for c in $CONCURRENCY; do
    LOG_LEVEL=warning SUPPORTBOT_LANE_DELIVERY="$c" SUPPORTBOT_WEBHOOK_ENDPOINT_CONCURRENCY="$c" \
        "$BIN" serve --role worker --pool-size "$POOL_SIZE" >"$WORK/serve-$c.log" 2>&1 &
    SERVER=$!
    sleep 1
    "$BIN" bench deliveries --tenant "$TENANT" --events "$EVENTS" --label "burst, $c concurrent" >>"$WORK/results.jsonl"
    "$BIN" bench deliveries --tenant "$TENANT" --events "$PACED_EVENTS" --rate "$RATE" \
        --label "paced $RATE/s, $c concurrent" >>"$WORK/results.jsonl"
    kill -TERM "$SERVER"; wait "$SERVER" 2>/dev/null || true
    SERVER=""
done
log "receiver counted $(curl -fsS "http://127.0.0.1:$FAKE_PORT/_fake/hooks" | python3 -c 'import json,sys; print(json.load(sys.stdin)["received"])') deliveries"

python3 - "$WORK/results.jsonl" <<'PY'
import json, sys
print()
print("run | events | delivered/s | commit→first attempt p50 | p99 | attempts")
print(":-- | -----: | ----------: | -----------------------: | --: | -------:")
for r in map(json.loads, open(sys.argv[1])):
    print(f'{r["label"]} | {r["events"]} | {r["delivered_per_second"]:.0f} | {r["first_attempt_p50_ms"]:.1f} ms | '
          f'{r["first_attempt_p99_ms"]:.1f} ms | {r["attempts"]}')
PY
