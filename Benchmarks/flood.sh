#!/usr/bin/env bash
# A real tenant posting webhooks at a steady rate while 200 connections flood intake with junk
# for random tenant ids (issue 17): the real tenant's webhooks must all be accepted, p99 under 1 s.
# Release build, throwaway Postgres with default durability, `serve --role all` (workers on their
# own pool, whose heartbeats the flood must not starve). Junk comes from wrk (installed if missing).
#
#   Benchmarks/flood.sh
#   RATE=20 JUNK_CONNECTIONS=200 DURATION=30 Benchmarks/flood.sh
set -euo pipefail
source "$(dirname "$0")/../deploy/lib.sh"
cd "$SUPPORTBOT_ROOT"

RATE="${RATE:-20}"
JUNK_CONNECTIONS="${JUNK_CONNECTIONS:-200}"
DURATION="${DURATION:-30}"

if ! command -v wrk >/dev/null 2>&1; then
    log "installing wrk"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
fi
bench_setup
# The per-tenant limit stays at its default here: the real tenant is well under it.
unset SUPPORTBOT_INTAKE_RATE SUPPORTBOT_INTAKE_BURST
TENANT="$("$BIN" tenant create --name flood | sed -E 's/.*"id":"([^"]+)".*/\1/')"
PORT="$(free_port 18095)"
LOG_LEVEL=warning "$BIN" serve --role all --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break; sleep 0.1; done

cat >"$WORK/junk.lua" <<'LUA'
-- Unsigned junk for random tenant ids: each id is new, so no cache can answer it.
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
local digits = "0123456789abcdef"
local function hex(n)
    local t = {}
    for i = 1, n do local k = math.random(1, 16); t[i] = digits:sub(k, k) end
    return table.concat(t)
end
local headers = { ["Content-Type"] = "application/json", ["webhook-id"] = "junk",
                  ["webhook-timestamp"] = "1700000000", ["webhook-signature"] = "v1,AAAA" }
request = function()
    local id = hex(8) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-a" .. hex(3) .. "-" .. hex(12)
    return wrk.format("POST", "/v1/tenants/" .. id .. "/webhooks/tickets", headers, '{"type":"ticket.created"}')
end
LUA

log "junk: $JUNK_CONNECTIONS connections for $((DURATION + 5)) s; real tenant: $RATE webhooks/s for $DURATION s"
wrk -t2 -c"$JUNK_CONNECTIONS" -d"$((DURATION + 5))s" -s "$WORK/junk.lua" --latency "http://127.0.0.1:$PORT" \
    >"$WORK/wrk.txt" 2>&1 &
JUNK=$!
sleep 2
"$BIN" bench intake --tenant "$TENANT" --url "http://127.0.0.1:$PORT" --clients 4 --rate "$RATE" \
    --duration "$DURATION" --warmup 0 --json >"$WORK/real.json"
wait $JUNK || true
jobs_stuck="$("$BIN" status --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(sum(q["count"] for q in d["queue"] if q["state"] in ("running",)))')"
python3 - "$WORK/real.json" "$WORK/wrk.txt" <<'PY'
import json, re, sys
real = json.load(open(sys.argv[1]))
wrk = open(sys.argv[2]).read()
junk_rps = re.search(r"Requests/sec:\s+([\d.]+)", wrk)
non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", wrk)
total = re.search(r"(\d+) requests in", wrk)
print(json.dumps({
    "real_tenant": {"accepted": real["accepted"], "errors": real["errors"], "accepted_per_second": round(real["accepted_per_second"], 1),
                    "p50_ms": round(real["p50_ms"], 1), "p99_ms": round(real["p99_ms"], 1), "first_error": real.get("first_error")},
    "junk": {"requests": int(total.group(1)) if total else None, "per_second": float(junk_rps.group(1)) if junk_rps else None,
             "answered_non_2xx": int(non2xx.group(1)) if non2xx else None},
}))
PY
echo "jobs still running after the flood: $jobs_stuck"
grep -c "rescued jobs" "$WORK/serve.log" | sed 's/^/leases rescued during the flood (log lines): /' || true
