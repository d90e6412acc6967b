# Shared by deploy/run.sh and deploy/test.sh: system packages, Swift on PATH, private Postgres clusters.
# Source it; it defines functions only.

SUPPORTBOT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

log() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs the Debian packages the build and the tests need, when missing.
ensure_packages() {
    local need=()
    command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
    pkg-config --exists libpq 2>/dev/null || need+=(libpq-dev)
    pkg-config --exists libcurl 2>/dev/null || need+=(libcurl4-openssl-dev)
    pkg-config --exists ncursesw 2>/dev/null || need+=(libncurses-dev)
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)
    compgen -G '/usr/lib/postgresql/*/bin/pgbench' >/dev/null || need+=(postgresql-contrib)
    command -v tmux >/dev/null 2>&1 || need+=(tmux)
    command -v curl >/dev/null 2>&1 || need+=(curl)
    if [ ${#need[@]} -gt 0 ]; then
        log "installing ${need[*]}"
        local sudo=""
        [ "$(id -u)" = 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
    fi
    if ! command -v swift >/dev/null 2>&1; then
        [ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"
        command -v swift >/dev/null 2>&1 || die "Swift 6.2 or newer is required: install it from swift.org and put it on PATH"
    fi
}

pg_bin() {
    local bin
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    [ -n "$bin" ] || die "Postgres server binaries not found under /usr/lib/postgresql"
    echo "$bin"
}

# initdb refuses to run as root: as root, server commands run as the postgres user.
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A free loopback TCP port at or above $1.
free_port() {
    local port=$1
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    echo "$port"
}

# start_cluster DIR PORT [extra postgres -c settings...]: creates the cluster on first use, starts it.
start_cluster() {
    local dir=$1 port=$2; shift 2
    local bin; bin="$(pg_bin)"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        chown postgres:postgres "$dir"
        # The postgres user must be able to reach the folder.
        local up="$dir"
        while [ "$up" != "/" ]; do up="$(dirname "$up")"; chmod o+x "$up" 2>/dev/null || true; done
    fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        log "creating a private Postgres cluster in $dir"
        as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    fi
    if ! as_pg "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        local tries=0
        while :; do
            local opts="-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c max_connections=600"
            for setting in "$@"; do opts="$opts -c $setting"; done
            as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$opts" start >/dev/null && break
            # Another process took the port between free_port and the bind: take the next one.
            tries=$((tries + 1))
            if [ "$tries" -lt 5 ] && grep -q "Address already in use" "$dir/server.log" 2>/dev/null; then
                port="$(free_port $((port + 1)))"
                continue
            fi
            tail -20 "$dir/server.log" >&2
            die "Postgres did not start (log: $dir/server.log)"
        done
    fi
}

stop_cluster() {
    local dir=$1
    as_pg "$(pg_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

# The port a running cluster in DIR listens on.
cluster_port() {
    sed -n '4p' "$1/data/postmaster.pid" 2>/dev/null
}

# For Benchmarks/*.sh: installs what is missing, makes a temporary folder WORK holding a fresh
# cluster with default durability, a migrated `bench` database in DATABASE_URL and a release
# build of supportbot in BIN. Sets WORK, PGPORT, BIN_PG, DATABASE_URL, BIN. On exit, bench_cleanup
# stops $SERVER and $FAKE_PID when the script set them, runs the script's bench_on_exit if it
# defines one, stops the cluster and removes WORK.
bench_setup() {
    ensure_packages
    WORK="$(mktemp -d "${TMPDIR:-/tmp}/supportbot-bench.XXXXXX")"
    SERVER=""
    FAKE_PID=""
    trap bench_cleanup EXIT
    start_cluster "$WORK" "$(free_port 55600)"
    PGPORT="$(cluster_port "$WORK")"
    BIN_PG="$(pg_bin)"
    "$BIN_PG/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres bench
    export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/bench"
    log "building supportbot (release)"
    swift build -c release --product supportbot >/dev/null
    BIN="$(swift build -c release --show-bin-path)/supportbot"
    # Tenant secrets are stored encrypted: a throwaway key for the throwaway cluster.
    SUPPORTBOT_SECRET_KEY="$("$BIN" secrets new-key)"
    export SUPPORTBOT_SECRET_KEY
    # The benchmarks drive one tenant far past the per-tenant intake limit on purpose.
    export SUPPORTBOT_INTAKE_RATE="${SUPPORTBOT_INTAKE_RATE:-1000000}" SUPPORTBOT_INTAKE_BURST="${SUPPORTBOT_INTAKE_BURST:-1000000}"
    "$BIN" migrate >/dev/null
}

bench_cleanup() {
    [ -n "${SERVER:-}" ] && kill -TERM "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
    [ -n "${FAKE_PID:-}" ] && kill "$FAKE_PID" 2>/dev/null
    declare -F bench_on_exit >/dev/null && bench_on_exit
    stop_cluster "$WORK"
    rm -rf "$WORK"
}

# CPU seconds (user + system) used so far by process $1 and its children, live or exited.
cpu_of() {
    python3 - "$1" <<'PY'
import os, sys
tick, root, total, stats = os.sysconf("SC_CLK_TCK"), sys.argv[1], 0, {}
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        stats[pid] = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    except OSError:
        pass
for pid, f in stats.items():
    if pid == root:
        total += sum(int(x) for x in f[11:15]) / tick  # own time and that of exited children
    elif f[1] == root:
        total += (int(f[11]) + int(f[12])) / tick
print(f"{total:.2f}")
PY
}

# start_fake_llm LOG [BASE_PORT]: `supportbot fake-llm` ($BIN) in the background, once it answers.
# Sets FAKE_PORT and FAKE_PID; the caller's trap stops it.
start_fake_llm() {
    FAKE_PORT="$(free_port "${2:-8190}")"
    "$BIN" fake-llm --port "$FAKE_PORT" >"$1" 2>&1 &
    FAKE_PID=$!
    for _ in $(seq 1 50); do
        curl -fs "http://127.0.0.1:$FAKE_PORT/_fake/stats" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    die "supportbot fake-llm did not start (log: $1)"
}
