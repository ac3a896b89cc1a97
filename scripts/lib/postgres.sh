# shellcheck shell=bash
# Helpers for a private PostgreSQL 15 cluster, sourced by scripts/run and scripts/test.
#
#   pg_ensure_installed          install Debian's postgresql-15 when it is missing
#   pg_start DATADIR PORT        create the cluster (first time) and start it; idempotent
#   pg_stop DATADIR              stop it (fast mode) when it runs
#   pg_make_standby PORT DATADIR a streaming standby of the cluster on PORT in the new DATADIR
#                                (pg_basebackup -R); start it with pg_start DATADIR OTHER_PORT
#   pg_free_port                 print a free TCP port on 127.0.0.1
#   pg_ensure_db PORT NAME       create database NAME when it does not exist
#   pg_psql PORT DB ARGS...      psql as postgres over TCP, ignoring ~/.psqlrc
#
# The cluster listens on 127.0.0.1:PORT only, trusts every local connection (user postgres)
# and puts its Unix socket inside DATADIR, so it never meets a system cluster's socket.
# After pg_start, PG_STARTED_BY_US is 1 when this call started the server, 0 when it was
# already running (callers stop only what they started).
#
# Everything here runs as root; the server itself runs as the `postgres` user.
# shellcheck disable=SC2034  # PG_STARTED_BY_US is read by the callers

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_STARTED_BY_US=0

_pg_log() { printf '[postgres] %s\n' "$*" >&2; }

# Run a command as the postgres user from `/` (its working directory may be unreadable to it).
_pg_as_postgres() { (cd / && runuser -u postgres -- "$@"); }

pg_ensure_installed() {
    if [[ -x "$PG_BIN/initdb" && -x "$PG_BIN/psql" ]]; then return 0; fi
    _pg_log "installing postgresql-15 with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql-15 postgresql-contrib >/dev/null
    [[ -x "$PG_BIN/initdb" ]] || { _pg_log "initdb still missing after install"; return 1; }
}

# Make every directory above $1 traversable (o+x) for the postgres user, which needs to reach
# the data directory. Only the execute bit is added, never read or write.
_pg_make_traversable() {
    local dir=$1
    while [[ $dir != / ]]; do
        dir=$(dirname "$dir")
        if ! runuser -u postgres -- test -x "$dir"; then
            _pg_log "chmod o+x $dir (so that postgres can reach its data directory)"
            chmod o+x "$dir"
        fi
    done
}

# Succeeds when a postmaster runs on DATADIR: the PID in postmaster.pid is alive, is a
# postgres process, and its working directory is DATADIR (so a PID reused by an unrelated
# process after a crash or reboot does not count).
_pg_running() {
    local dir=$1 pid
    [[ -f "$dir/postmaster.pid" ]] || return 1
    pid=$(head -n1 "$dir/postmaster.pid" 2>/dev/null) || return 1
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    [[ -d /proc/$pid ]] || return 1
    [[ $(cat "/proc/$pid/comm" 2>/dev/null) == postgres* ]] || return 1
    [[ $(readlink "/proc/$pid/cwd" 2>/dev/null) == "$dir" ]]
}

# Port the running postmaster listens on (4th line of postmaster.pid).
_pg_running_port() { sed -n 4p "$1/postmaster.pid" 2>/dev/null; }

_pg_locale() {
    if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then echo C.UTF-8; else echo C; fi
}

pg_psql() {
    local port=$1 db=$2; shift 2
    "$PG_BIN/psql" -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d "$db" "$@"
}

pg_start() {
    local dir=${1:?pg_start DATADIR PORT} port=${2:?pg_start DATADIR PORT}
    PG_STARTED_BY_US=0
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd -P)
    _pg_make_traversable "$dir"

    # First time: create the cluster (initdb refuses to run as root).
    if [[ ! -f "$dir/PG_VERSION" ]]; then
        if [[ -n $(ls -A "$dir") ]]; then
            _pg_log "$dir is not empty and holds no cluster (no PG_VERSION); refusing to touch it"
            return 1
        fi
        chown postgres:postgres "$dir"
        chmod 700 "$dir"
        local loc out; loc=$(_pg_locale)
        _pg_log "initdb $dir (locale $loc)"
        if ! out=$(_pg_as_postgres "$PG_BIN/initdb" -D "$dir" --auth=trust -U postgres \
            --encoding=UTF8 --locale="$loc" 2>&1); then
            printf '%s\n' "$out" >&2; return 1
        fi
        # Our settings live in their own file, rewritten at every start (the port may change).
        echo "include_if_exists = 'dialoogtafels.conf'" >>"$dir/postgresql.conf"
    fi
    # A cluster copied or restored by root must still belong to postgres.
    if [[ $(stat -c %U "$dir") != postgres ]]; then chown -R postgres:postgres "$dir"; fi
    chmod 700 "$dir"

    # Unix socket inside DATADIR, unless the path would exceed the 107-byte socket limit:
    # then Unix sockets are switched off (every client here uses TCP anyway).
    local sockdir=$dir
    if (( ${#dir} + 20 > 107 )); then sockdir=''; fi
    runuser -u postgres -- tee "$dir/dialoogtafels.conf" >/dev/null <<EOF
# Written by scripts/lib/postgres.sh at every start; edit that script, not this file.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$sockdir'
max_connections = 200
EOF
    runuser -u postgres -- mkdir -p "$dir/log"

    if _pg_running "$dir"; then
        if [[ $(_pg_running_port "$dir") == "$port" ]]; then
            _pg_log "already running on 127.0.0.1:$port ($dir)"
            _pg_check_dutch "$port"
            return 0
        fi
        _pg_log "running on another port; restarting on $port"
        pg_stop "$dir"
    fi
    # Not running: a postmaster.pid left by a crash is stale, remove it.
    rm -f "$dir/postmaster.pid"

    _pg_log "starting on 127.0.0.1:$port ($dir, log $dir/log/server.log)"
    if ! _pg_as_postgres "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/log/server.log" -w -t 60 start >/dev/null; then
        _pg_log "start failed; end of $dir/log/server.log:"
        tail -n 20 "$dir/log/server.log" >&2 || true
        return 1
    fi
    PG_STARTED_BY_US=1
    _pg_check_dutch "$port"
}

# The API's full-text search uses the built-in `dutch` configuration.
_pg_check_dutch() {
    local found
    found=$(pg_psql "$1" postgres -Atqc "select cfgname from pg_ts_config where cfgname = 'dutch'")
    if [[ $found != dutch ]]; then
        _pg_log "text search configuration 'dutch' is missing from this cluster"
        return 1
    fi
}

pg_stop() {
    local dir=${1:?pg_stop DATADIR}
    [[ -d $dir ]] || return 0
    dir=$(cd "$dir" && pwd -P)
    if _pg_running "$dir"; then
        _pg_log "stopping ($dir)"
        _pg_as_postgres "$PG_BIN/pg_ctl" -D "$dir" -m fast -w -t 60 stop >/dev/null
    fi
}

# The primary needs nothing beyond initdb's defaults: PostgreSQL 15 has wal_level = replica and
# max_wal_senders = 10, and pg_start's cluster trusts replication connections from 127.0.0.1.
# pg_basebackup copies the primary's configuration (pg_start rewrites the port) and, with -R,
# writes standby.signal and primary_conninfo, so the copy starts as a hot standby that streams.
pg_make_standby() {
    local primary_port=${1:?pg_make_standby PORT DATADIR} dir=${2:?pg_make_standby PORT DATADIR}
    if [[ -e $dir && -n $(ls -A "$dir") ]]; then
        _pg_log "$dir is not empty; refusing to put a standby there"
        return 1
    fi
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd -P)
    _pg_make_traversable "$dir"
    chown postgres:postgres "$dir"
    chmod 700 "$dir"
    _pg_log "pg_basebackup of 127.0.0.1:$primary_port into $dir (standby)"
    _pg_as_postgres "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$dir" \
        --write-recovery-conf --wal-method=stream --checkpoint=fast
    # The copy holds the primary's log; the standby starts its own.
    if [[ -f $dir/log/server.log ]]; then runuser -u postgres -- truncate -s 0 "$dir/log/server.log"; fi
}

pg_ensure_db() {
    local port=${1:?pg_ensure_db PORT NAME} name=${2:?pg_ensure_db PORT NAME}
    if [[ -z $(pg_psql "$port" postgres -Atqc "select 1 from pg_database where datname = '$name'") ]]; then
        _pg_log "creating database $name"
        pg_psql "$port" postgres -qc "create database \"$name\""
    fi
}

# A free port: ask the kernel (bind to port 0) with python3 when it works, else probe with
# bash's /dev/tcp from a random base (a refused connection means nobody listens there).
pg_free_port() {
    local port
    if port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null) \
        && [[ $port =~ ^[0-9]+$ ]]; then
        echo "$port"; return 0
    fi
    port=$((20000 + RANDOM % 20000))
    local tries=0
    while (( tries++ < 500 )); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
        port=$((port + 1))
    done
    _pg_log "no free port found"; return 1
}
