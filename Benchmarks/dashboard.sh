#!/usr/bin/env bash
# The dashboard on a big inbox (default 10,000 pending drafts), release build, throwaway Postgres:
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

log "supportbot bench dashboard --tickets $TICKETS"
"$BIN" bench dashboard --tickets "$TICKETS"

# The real dashboard in tmux: each figure is from the moment tmux was told (start the program, or
# press a key) to the first capture showing the expected position; captures every 5 ms, so a
# figure is at most ~5 ms (plus one capture) above the truth.
python3 - "$SOCKET" "$BIN" "$DATABASE_URL" "$WORK/dashboard.log" "$TICKETS" <<'PY'
import json, subprocess, sys, time
socket, binary, url, log, total = sys.argv[1:6]

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

command = f"env DATABASE_URL='{url}' LANG=C.UTF-8 '{binary}' dashboard --agent bench --log-file '{log}'; sleep 60"
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
