#!/usr/bin/env bash
# The dashboard on a big inbox (default 10,000 pending drafts), release build, throwaway Postgres,
# everything through the HTTP API of a `supportbot serve --role api` (the dashboard holds an agent
# key and no database credentials):
#   1. `supportbot bench dashboard`: open time, page queries per sort and position, filters, the
#      ticket view, and every key of a walk through all rows (reduce + page fetch + render + diff);
#   2. the real dashboard in tmux at 80×24: time from start to the first screen, and from a key
#      press (End, then Home) to the screen showing the new position.
#
#   Benchmarks/dashboard.sh
#   TICKETS=50000 Benchmarks/dashboard.sh
set -euo pipefail
source "$(dirname "$0")/../deploy/lib.sh"
cd "$SUPPORTBOT_ROOT"

TICKETS="${TICKETS:-10000}"
SOCKET="supportbot-bench-$$"
bench_on_exit() { tmux -L "$SOCKET" kill-server 2>/dev/null || true; }
bench_setup

API_PORT="$(free_port 18480)"
"$BIN" serve --role api --port "$API_PORT" >"$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$API_PORT/readyz" >/dev/null 2>&1 && break
    sleep 0.1
done

log "supportbot bench dashboard --tickets $TICKETS (through http://127.0.0.1:$API_PORT)"
"$BIN" bench dashboard --tickets "$TICKETS" --url "http://127.0.0.1:$API_PORT"
TENANT="$("$BIN" tenant list --json | python3 -c 'import json,sys; print([t["id"] for t in json.load(sys.stdin) if t["name"] == "bench-dashboard"][0])')"
AGENT_KEY="$("$BIN" key create --name bench-tmux --role agent --tenant "$TENANT" | python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')"

# The real dashboard in tmux: each figure is from the moment tmux was told (start the program, or
# press a key) to the first capture showing the expected position; captures every 5 ms, so a
# figure is at most ~5 ms (plus one capture) above the truth.
python3 - "$SOCKET" "$BIN" "http://127.0.0.1:$API_PORT" "$WORK/dashboard.log" "$TICKETS" "$AGENT_KEY" <<'PY'
import json, subprocess, sys, time
socket, binary, url, log, total, key = sys.argv[1:7]

def tmux(*args):
    return subprocess.run(["tmux", "-L", socket, "-f", "/dev/null", *args],
                          capture_output=True, text=True, check=True).stdout

def timed(action, needle):
    start = time.monotonic()
    action()
    while time.monotonic() - start < 30:
        if needle in tmux("capture-pane", "-p", "-t", "dash"):
            return round((time.monotonic() - start) * 1000, 1)
        time.sleep(0.005)
    raise SystemExit(f"timed out waiting for {needle!r}")

command = (f"env -u DATABASE_URL SUPPORTBOT_URL='{url}' SUPPORTBOT_API_KEY='{key}' LANG=C.UTF-8 "
           f"'{binary}' dashboard --log-file '{log}'; sleep 60")
result = {"label": "tmux 80x24", "tickets": int(total)}
result["start_to_first_screen_ms"] = timed(
    lambda: tmux("new-session", "-d", "-s", "dash", "-x", "80", "-y", "24", command), f"1/{total}")
keys = []
for _ in range(5):
    keys.append(timed(lambda: tmux("send-keys", "-t", "dash", "End"), f"{total}/{total}"))
    keys.append(timed(lambda: tmux("send-keys", "-t", "dash", "Home"), f"1/{total}"))
    # 19 rows on screen at 80×24: one page down from the first row is the 20th.
    keys.append(timed(lambda: tmux("send-keys", "-t", "dash", "NPage"), f"20/{total}"))
    keys.append(timed(lambda: tmux("send-keys", "-t", "dash", "Home"), f"1/{total}"))
keys.sort()
result["key_to_screen_ms"] = {"median": keys[len(keys) // 2], "max": keys[-1], "keys": len(keys)}
print(json.dumps(result))
PY
