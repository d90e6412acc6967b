#!/usr/bin/env bash
# One command on a fresh machine: installs what is missing, starts a private Postgres in .local/,
# builds supportbot, migrates, creates a demo tenant, runs the server and sends the fixtures.
#   SUPPORTBOT_PORT (8080)  SUPPORTBOT_BUILD (release|debug)  SUPPORTBOT_PG_PORT (54329)
#   SUPPORTBOT_DEMO_PROVIDER: local (default without OPENAI_API_KEY) | fake (starts `supportbot fake-llm`
#   and points the gateway at it, for drills: faults via PUT /_fake/config)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$SUPPORTBOT_ROOT"

ensure_packages
PGDIR="$SUPPORTBOT_ROOT/.local/pg"
if as_pg "$(pg_bin)/pg_ctl" -D "$PGDIR/data" status >/dev/null 2>&1; then
    PGPORT="$(cluster_port "$PGDIR")"
else
    # Keep the port of earlier runs so DATABASE_URL stays the same, unless something took it.
    PGPORT="$(cat "$PGDIR/port" 2>/dev/null || true)"
    [ -n "$PGPORT" ] && [ "$(free_port "$PGPORT")" = "$PGPORT" ] || PGPORT="$(free_port "${SUPPORTBOT_PG_PORT:-54329}")"
    start_cluster "$PGDIR" "$PGPORT"
    echo "$PGPORT" >"$PGDIR/port"
fi
"$(pg_bin)/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'supportbot'" | grep -q 1 \
    || "$(pg_bin)/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres supportbot
export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/supportbot"
log "Postgres ready: $DATABASE_URL"

CONFIG="${SUPPORTBOT_BUILD:-release}"
log "building supportbot ($CONFIG; the first build takes a few minutes)"
swift build -c "$CONFIG" --product supportbot
BIN="$(swift build -c "$CONFIG" --show-bin-path)/supportbot"

# .local itself stays traversable: the postgres user needs to reach .local/pg. The secret files are 600.
mkdir -p .local
# Tenant secrets are stored encrypted under this key (a local one for the demo; production keeps
# it in a secret store). migrate seals secrets an older version wrote in the clear.
if [ -z "${SUPPORTBOT_SECRET_KEY:-}" ] && [ -z "${SUPPORTBOT_SECRET_KEY_FILE:-}" ]; then
    [ -s .local/secret-key ] || (umask 077 && "$BIN" secrets new-key >.local/secret-key)
    export SUPPORTBOT_SECRET_KEY_FILE="$SUPPORTBOT_ROOT/.local/secret-key"
fi
"$BIN" migrate

export SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE=1
if [ -z "${SUPPORTBOT_ADMIN_TOKEN:-}" ]; then
    [ -f .local/admin-token ] || (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' >.local/admin-token)
    SUPPORTBOT_ADMIN_TOKEN="$(cat .local/admin-token)"
    export SUPPORTBOT_ADMIN_TOKEN
fi
# A tenant file left from an earlier cluster that was since deleted is replaced.
if [ -s .local/demo-tenant.json ] && ! "$BIN" tenant list --json | grep -q "$(sed -E 's/.*"id":"([^"]+)".*/\1/' .local/demo-tenant.json)"; then
    rm -f .local/demo-tenant.json
fi
if [ ! -s .local/demo-tenant.json ]; then
    (umask 077 && "$BIN" tenant create --name demo >.local/demo-tenant.json)
fi
TENANT="$(sed -E 's/.*"id":"([^"]+)".*/\1/' .local/demo-tenant.json)"
# The demo agent's API key for the dashboard (shown once at creation, so kept in a 600 file).
if [ -s .local/agent-key.json ] && ! "$BIN" key list --json | grep -q "$(sed -E 's/.*"id":"([^"]+)".*/\1/' .local/agent-key.json)"; then
    rm -f .local/agent-key.json
fi
if [ ! -s .local/agent-key.json ]; then
    (umask 077 && "$BIN" key create --name demo-agent --role agent --tenant "$TENANT" >.local/agent-key.json)
fi
AGENT_KEY="$(sed -E 's/.*"key":"([^"]+)".*/\1/' .local/agent-key.json)"
# A local webhook receiver for the demo tenant's results: `supportbot fake-llm` is also a sink
# (POST /_fake/hooks counts deliveries; GET /_fake/hooks lists the latest). It doubles as the fake
# provider when SUPPORTBOT_DEMO_PROVIDER=fake.
start_fake_llm .local/fake-llm.log 8090
trap 'kill $FAKE_PID 2>/dev/null' EXIT
"$BIN" tenant update "$TENANT" --webhook-url "http://127.0.0.1:$FAKE_PORT/_fake/hooks" >/dev/null
# The store's data that drafts are grounded in (reloading replaces rows by key).
"$BIN" load kb fixtures/kb.jsonl
"$BIN" load canned fixtures/canned.jsonl
"$BIN" load orders fixtures/orders.jsonl --tenant "$TENANT"

PORT="${SUPPORTBOT_PORT:-8080}"
if [ "${SUPPORTBOT_DEMO_PROVIDER:-local}" = fake ]; then
    export OPENAI_API_KEY=demo LLM_BASE_URL="http://127.0.0.1:$FAKE_PORT/v1"
    log "fake provider on $LLM_BASE_URL (log: .local/fake-llm.log)"
elif [ -z "${OPENAI_API_KEY:-}" ]; then
    log "no OPENAI_API_KEY: the built-in local rules provider answers (SUPPORTBOT_DEMO_PROVIDER=fake for the fake)"
fi
"$BIN" serve --host 127.0.0.1 --port "$PORT" &
SERVER=$!
trap 'kill -TERM $SERVER $FAKE_PID 2>/dev/null; wait $SERVER 2>/dev/null' INT TERM EXIT
for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
    kill -0 $SERVER 2>/dev/null || die "supportbot serve exited; see the log above"
    sleep 0.1
done

log "sending fixtures/tickets.jsonl to tenant $TENANT"
"$BIN" send fixtures/tickets.jsonl --tenant "$TENANT" --url "http://127.0.0.1:$PORT" --rate 50

cat >&2 <<INFO

supportbot is running on http://127.0.0.1:$PORT (Ctrl-C stops it)
  DATABASE_URL=$DATABASE_URL
  break-glass admin token: .local/admin-token   demo tenant (with secrets): .local/demo-tenant.json
  demo agent key: .local/agent-key.json   secret key: .local/secret-key
  try:  curl -s -H "Authorization: Bearer $AGENT_KEY" http://127.0.0.1:$PORT/v1/tickets?limit=5
  result webhooks (signed, delivered to a local sink):  curl -s http://127.0.0.1:$FAKE_PORT/_fake/hooks
  review the drafts, in another terminal (? shows the keys; approved replies go to the sink above);
  the dashboard needs only the server's URL and an agent key, no database:
    SUPPORTBOT_URL=http://127.0.0.1:$PORT SUPPORTBOT_API_KEY=$AGENT_KEY $BIN dashboard

INFO
wait $SERVER
