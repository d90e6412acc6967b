#!/usr/bin/env bash
# Fuzzing supportbot (issue 17, item 6).
#
#   deploy/fuzz.sh api [EXAMPLES]       schemathesis against openapi.yaml on a running `serve`
#                                       (own throwaway cluster unless DATABASE_URL is set); every
#                                       response must match the spec and none may be a 5xx.
#                                       EXAMPLES per operation (default 50; the test suite runs 5).
#   deploy/fuzz.sh native [SECONDS]     libFuzzer targets in Tests/Fuzz (webhook JSON, signatures,
#                                       redactor), each for SECONDS (default 300); crashes are saved
#                                       under Tests/Fuzz/findings/ to become regression inputs.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$SUPPORTBOT_ROOT"

mode="${1:-api}"
case "$mode" in
api)
    EXAMPLES="${2:-50}"
    ensure_packages
    command -v st >/dev/null 2>&1 || { log "installing schemathesis"; python3 -m pip install -q schemathesis >/dev/null 2>&1 || pip install -q schemathesis; }
    BIN="${SUPPORTBOT_BINARY:-$(swift build --show-bin-path)/supportbot}"
    [ -x "$BIN" ] || swift build --product supportbot >/dev/null
    WORK="$(mktemp -d "${TMPDIR:-/tmp}/supportbot-fuzz.XXXXXX")"
    SERVER=""
    OWN_CLUSTER=""
    fuzz_cleanup() {
        [ -n "$SERVER" ] && kill -TERM "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
        [ -n "$OWN_CLUSTER" ] && stop_cluster "$WORK"
        rm -rf "$WORK"
    }
    trap fuzz_cleanup EXIT
    if [ -z "${FUZZ_ADMIN_CONNINFO:-}" ]; then
        start_cluster "$WORK" "$(free_port 55900)" fsync=off synchronous_commit=off
        OWN_CLUSTER=1
        FUZZ_ADMIN_CONNINFO="host=127.0.0.1 port=$(cluster_port "$WORK") user=postgres dbname=postgres"
    fi
    DB="fuzz_$$"
    "$(pg_bin)/psql" "$FUZZ_ADMIN_CONNINFO" -qc "CREATE DATABASE $DB" >/dev/null
    export DATABASE_URL="${FUZZ_ADMIN_CONNINFO/dbname=postgres/dbname=$DB}"
    SUPPORTBOT_SECRET_KEY="$("$BIN" secrets new-key)"
    export SUPPORTBOT_SECRET_KEY SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE=1
    "$BIN" migrate >/dev/null 2>&1
    "$BIN" tenant create --name fuzz >/dev/null
    KEY="$("$BIN" key create --name fuzz --role admin | sed -E 's/.*"key":"([^"]+)".*/\1/')"
    PORT="$(free_port 18700)"
    LOG_LEVEL=error "$BIN" serve --port "$PORT" >"$WORK/serve.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
    log "schemathesis: $EXAMPLES examples per operation against http://127.0.0.1:$PORT"
    # positive_data_acceptance is left out: some valid-looking input is refused for reasons no
    # schema states (a cursor this server did not issue, a key for a tenant that does not exist).
    set +e
    st run openapi.yaml --url "http://127.0.0.1:$PORT" -H "Authorization: Bearer $KEY" \
        --checks all --exclude-checks positive_data_acceptance --max-examples "$EXAMPLES" \
        --phases "${FUZZ_PHASES:-examples,coverage,fuzzing,stateful}" \
        --seed "${FUZZ_SEED:-1}" --no-color >"$WORK/st.txt" 2>&1
    status=$?
    set -e
    tail -4 "$WORK/st.txt"
    if [ $status != 0 ]; then
        sed -n '/FAILURES/,$p' "$WORK/st.txt" | head -200 >&2
        grep -i " error " "$WORK/serve.log" | tail -20 >&2 || true
        die "schemathesis found failures (above)"
    fi
    ;;
native)
    SECONDS_EACH="${2:-300}"
    exec bash Tests/Fuzz/run.sh "$SECONDS_EACH"
    ;;
*)
    die "usage: deploy/fuzz.sh api [EXAMPLES] | native [SECONDS]"
    ;;
esac
