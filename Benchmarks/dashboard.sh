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
ensure_packages
WORK="$(mktemp -d "${TMPDIR:-/tmp}/supportbot-bench.XXXXXX")"
SOCKET="supportbot-bench-$$"
cleanup() {
    tmux -L "$SOCKET" kill-server 2>/dev/null || true
    stop_cluster "$WORK"
    rm -rf "$WORK"
}
trap cleanup EXIT
bench_setup "$WORK"

log "supportbot bench dashboard --tickets $TICKETS"
"$BIN" bench dashboard --tickets "$TICKETS"

# Milliseconds until the pane shows $1 (a fixed string), polling every 10 ms.
wait_for_screen() {
    python3 - "$SOCKET" "$1" <<'PY'
import subprocess, sys, time
socket, needle = sys.argv[1], sys.argv[2]
start = time.monotonic()
while time.monotonic() - start < 30:
    screen = subprocess.run(["tmux", "-L", socket, "capture-pane", "-p", "-t", "dash"],
                            capture_output=True, text=True).stdout
    if needle in screen:
        print(round((time.monotonic() - start) * 1000, 1))
        sys.exit(0)
    time.sleep(0.01)
print("timeout"); sys.exit(1)
PY
}

TOTAL="$(printf '%s' "$TICKETS")"
tmux -L "$SOCKET" -f /dev/null new-session -d -s dash -x 80 -y 24 \
    "env DATABASE_URL='$DATABASE_URL' LANG=C.UTF-8 '$BIN' dashboard --agent bench --log-file '$WORK/dashboard.log'; sleep 60"
OPEN_MS="$(wait_for_screen "1/$TOTAL")"
tmux -L "$SOCKET" send-keys -t dash End
END_MS="$(wait_for_screen "$TOTAL/$TOTAL")"
tmux -L "$SOCKET" send-keys -t dash Home
HOME_MS="$(wait_for_screen "1/$TOTAL")"
printf '{"label":"tmux 80x24","tickets":%s,"start_to_first_screen_ms":%s,"end_key_to_screen_ms":%s,"home_key_to_screen_ms":%s}\n' \
    "$TICKETS" "$OPEN_MS" "$END_MS" "$HOME_MS"
