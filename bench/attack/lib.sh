# shellcheck shell=bash
# What bench/attack/run and bench/attack/under-load share, sourced by both after `set -euo pipefail`
# with $root (the repository) set:
#
#   attack_prepare RUN_DIR        the bench database of scripts/bench at the default scale (builds the
#                                 API into .data/bench/api), its cluster started; sets port, pgdir, db
#   attack_start_api LOG [ENV...] our API (Release, Production, its own defaults plus ENV=VALUE...) on a
#                                 free port on 127.0.0.1, answering; sets api_pid, url
#   attack_cleanup                stops the sampler, the API and the cluster when this run started them
#   psql_db ARGS...               psql on the bench database
#   rss PID KEY                   VmRSS or VmHWM of PID in MiB
#   body QUERY [VARIABLES_JSON]   a GraphQL-over-HTTP JSON body
#   post BODY_FILE [HEADER...]    POST it; prints "HTTP_CODE ERROR_CODES" (codes joined by commas)
#   aliases N FIELD               { a0: FIELD a1: FIELD ... }
#   normal_for SECONDS BODY_FILE... [-- HEADER_FN]
#                                 the normal client: one curl after the other (each at most 30 s) for
#                                 SECONDS, the bodies in turn; prints "HTTP_CODE SECONDS BODY_NAME" per request
#   pct P FILE [NAME]             the P-th percentile in ms of normal_for's lines (of BODY_NAME only)
#   attack_sample_backends FILE   samples the API's busy PostgreSQL backends every 0.2 s into FILE, in
#                                 the background, until attack_stop_sampler
#   wrk_field KEY FILE            a value of wrk's BENCH_RESULT line (bench/wrk/post.lua)
#   ms MICROSECONDS               as milliseconds with one decimal
# shellcheck disable=SC2034  # port, db, url, api_pid are read by the callers

pgdir=$root/.data/bench-postgres
work=$root/.data/bench
db=bench_default
api_pid='' pg_ours=0 sampler_pid='' url='' port=''

attack_log() { printf '[attack] %s\n' "$*" >&2; }
attack_die() { attack_log "error: $*"; exit 1; }

attack_cleanup() {
    if [[ -n $sampler_pid ]]; then kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true; fi
    if [[ -n $api_pid ]] && kill -0 "$api_pid" 2>/dev/null; then
        kill -TERM "$api_pid" 2>/dev/null || true
        local i
        for ((i = 0; i < 100; i++)); do kill -0 "$api_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$api_pid" 2>/dev/null || true
        wait "$api_pid" 2>/dev/null || true
    fi
    if ((pg_ours)); then pg_stop "$pgdir" || true; fi
}

attack_require_tools() {
    local tool
    for tool in dotnet jq curl; do command -v "$tool" >/dev/null || attack_die "$tool is required"; done
    if ! command -v wrk >/dev/null; then
        attack_log "installing wrk with apt-get"
        export DEBIAN_FRONTEND=noninteractive
        { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; } || attack_die "could not install wrk"
    fi
}

attack_prepare() {
    local run_dir=$1
    port=${PGPORT:-}
    if [[ -z $port ]]; then
        if _pg_running "$pgdir" 2>/dev/null; then port=$(_pg_running_port "$pgdir"); else port=$(pg_free_port); fi
    fi
    attack_log "preparing the bench database (scripts/bench --generate-only, log: ${run_dir#"$root"/}/prepare.log)"
    PGPORT=$port "$root/scripts/bench" --generate-only >"$run_dir/prepare.log" 2>&1 ||
        { tail -n 20 "$run_dir/prepare.log" >&2; attack_die "scripts/bench --generate-only failed"; }
    pg_start "$pgdir" "$port"
    pg_ours=$PG_STARTED_BY_US
}

psql_db() { pg_psql "$port" "$db" "$@"; }

attack_start_api() {
    local log=$1 code='' i api_port
    shift
    api_port=$(pg_free_port)
    url=http://127.0.0.1:$api_port/graphql
    (cd "$root/src/Api" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$api_port" \
        ConnectionStrings__Dialoogtafels="Host=127.0.0.1;Port=$port;Username=postgres;Database=$db;Application Name=attack-api" \
        "$@" dotnet "$work/api/Dialoogtafels.Api.dll") >"$log" 2>&1 &
    api_pid=$!
    for ((i = 0; i < 600; i++)); do
        kill -0 "$api_pid" 2>/dev/null || { tail -n 20 "$log" >&2; attack_die "the API exited during start"; }
        code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$url" -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' || true)
        [[ $code == 200 ]] && return 0
        sleep 0.1
    done
    attack_die "the API did not answer within 60 s"
}

rss() { awk -v k="$2:" '$1 == k { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

body() { jq -n --arg q "$1" --argjson v "${2:-null}" '{query: $q, variables: $v}'; }

post() {
    local file=$1 out code
    shift
    out=$(mktemp)
    local headers=()
    local h
    for h in "$@"; do headers+=(-H "$h"); done
    code=$(curl -s -o "$out" -w '%{http_code}' -X POST "$url" -H 'Content-Type: application/json' \
        -H 'Accept: application/graphql-response+json' "${headers[@]}" --max-time 60 --data-binary "@$file") || code=000
    echo "$code $(jq -r '[.errors[]?.extensions.code // empty] | unique | join(",")' "$out" 2>/dev/null)"
    rm -f "$out"
}

aliases() {
    local i q="{"
    for ((i = 0; i < $1; i++)); do q+=" a$i: $2"; done
    echo "$q }"
}

normal_for() {
    local end=$((SECONDS + $1)) files=() header_fn='' f n=0
    shift
    while (($# > 0)); do
        if [[ $1 == -- ]]; then header_fn=$2; break; fi
        files+=("$1")
        shift
    done
    while ((SECONDS < end)); do
        for f in "${files[@]}"; do
            n=$((n + 1))
            local extra=()
            [[ -n $header_fn ]] && extra=(-H "$($header_fn "$n")")
            curl -s -o /dev/null -w "%{http_code} %{time_total} $(basename "$f" .json)\n" --max-time 30 -X POST "$url" \
                -H 'Content-Type: application/json' "${extra[@]}" --data-binary "@$f" || true
        done
    done
}

pct() {
    awk -v name="${3:-}" 'name == "" || $3 == name { print $2 * 1000 }' "$2" | sort -n |
        awk -v p="$1" '{ v[NR] = $1 } END { if (NR == 0) { print "–"; exit } i = int(NR * p / 100 + 0.999); if (i < 1) i = 1; printf "%.1f", v[i] }'
}

attack_sample_backends() {
    (
        while :; do
            psql_db -Atc "select count(*) from pg_stat_activity where datname = current_database()
                and application_name = 'attack-api' and state = 'active'" 2>/dev/null || true
            sleep 0.2
        done
    ) >"$1" &
    sampler_pid=$!
}

attack_stop_sampler() {
    kill "$sampler_pid" 2>/dev/null || true
    wait "$sampler_pid" 2>/dev/null || true
    sampler_pid=''
}

wrk_field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" "$2"; }

ms() { awk -v u="${1:-0}" 'BEGIN { printf "%.1f", u / 1000 }'; }
