#!/usr/bin/env bash
# Clinic server load benchmark (issue #6): check-in POST throughput, patient dashboard latency and
# server peak memory, on SQLite and on PostgreSQL. See Benchmarks/Server/README.md.
#
#   Benchmarks/Server/run.sh                      # full run: 10,000 patients × 365 days, both databases
#   BACKENDS=sqlite DURATION=10s REPEATS=1 PATIENTS=500 Benchmarks/Server/run.sh   # quick look
#
# Settings (environment, defaults in brackets):
#   PATIENTS [10000] DAYS [365] CLINICIANS [100] SEED [6]     the synthetic clinic (settle seed-clinic)
#   BACKENDS ["sqlite postgres"]                               which databases to measure
#   DURATION [30s] CONNECTIONS [32] THREADS [1] REPEATS [3]    wrk settings; each phase runs REPEATS times
#   SESSIONS [64]                                              patients signed in for the check-in phase
#   DASHBOARD_CONNECTIONS [CONNECTIONS]                        wrk connections of the dashboard phase
#   PHASES ["checkin dashboard"]                               which phases to run
#   PORT [8099] SCRATCH [.build-server-bench] CACHE [/tmp/settle-server-bench]
#   PG_DATABASE [settle_bench] PG_USER [settle] PG_PASSWORD [settle] PG_PORT [5432]
#   FRESH [0]: 1 re-seeds even when a cached clinic with the same parameters exists
#   OUT [Benchmarks/results/server-DATE.md]
#   BUILD_FLAGS [""]: extra `swift build` flags, e.g. "-Xswiftc -g" for a profiler (heaptrack, perf)
#   SETTLE_BIN [""]: measure this `settle` binary instead of building one (e.g. a previous commit's
#     release build, for a same-day comparison on the same data)
# Needs: wrk and curl (apt-get install -y wrk curl), the Swift toolchain; for PostgreSQL a local
# server (.ci/start-postgres.sh) and, to create the database, root (su postgres) or PG_ADMIN_URL.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"

PATIENTS="${PATIENTS:-10000}"
DAYS="${DAYS:-365}"
CLINICIANS="${CLINICIANS:-100}"
SEED="${SEED:-6}"
BACKENDS="${BACKENDS:-sqlite postgres}"
DURATION="${DURATION:-30s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-1}"
REPEATS="${REPEATS:-3}"
SESSIONS="${SESSIONS:-64}"
DASHBOARD_CONNECTIONS="${DASHBOARD_CONNECTIONS:-$CONNECTIONS}"
PHASES="${PHASES:-checkin dashboard}"
PORT="${PORT:-8099}"
SCRATCH="${SCRATCH:-.build-server-bench}"
CACHE="${CACHE:-/tmp/settle-server-bench}"
PG_DATABASE="${PG_DATABASE:-settle_bench}"
PG_USER="${PG_USER:-settle}"
PG_PASSWORD="${PG_PASSWORD:-settle}"
PG_PORT="${PG_PORT:-5432}"
FRESH="${FRESH:-0}"
OUT="${OUT:-Benchmarks/results/server-$(date -u +%Y-%m-%d).md}"

log() { echo "[server-bench $(date -u +%H:%M:%S)] $*" >&2; }
fail() { echo "server-bench: error: $*" >&2; exit 1; }

for tool in wrk curl; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is not installed (Debian: apt-get install -y $tool)"
done
[ "$SESSIONS" -ge "$THREADS" ] || fail "SESSIONS ($SESSIONS) must be at least THREADS ($THREADS)"

if [ -n "${SETTLE_BIN:-}" ]; then
    settle="$SETTLE_BIN"
    log "measuring the given binary $settle (SETTLE_BIN; not built)"
else
    log "building settle (release, scratch path $SCRATCH)"
    # shellcheck disable=SC2086 # BUILD_FLAGS is a list of flags
    swift build -c release --scratch-path "$SCRATCH" --product settle ${BUILD_FLAGS:-} >&2
    settle="$root/$SCRATCH/release/settle"
fi
[ -x "$settle" ] || fail "no binary at $settle"

key="p${PATIENTS}-d${DAYS}-c${CLINICIANS}-s${SEED}"
mkdir -p "$CACHE"
work="$(mktemp -d "$CACHE/run.XXXXXX")"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "n/a" } else if (NR % 2) { print v[(NR + 1) / 2] } else { print (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'; }
field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p"; }

pg_url() { echo "postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$1"; }
# pg_admin SQL [DATABASE]: runs SQL as the PostgreSQL superuser (PG_ADMIN_URL, or su postgres).
pg_admin() {
    local database="${2:-postgres}"
    if [ -n "${PG_ADMIN_URL:-}" ]; then
        psql "${PG_ADMIN_URL%/*}/$database" -v ON_ERROR_STOP=1 -tAc "$1"
    else
        su postgres -c "psql -p $PG_PORT -d $database -v ON_ERROR_STOP=1 -tAc \"$1\""
    fi
}

# seed_sqlite: a cached SQLite clinic per parameter set, copied to a working folder for each run
# (so check-ins of earlier runs never accumulate).
seed_sqlite() {
    local cached="$CACHE/sqlite-$key"
    if [ "$FRESH" = 1 ] || [ ! -f "$cached/done" ]; then
        rm -rf "$cached"
        mkdir -p "$cached"
        log "seeding SQLite clinic $key (once; cached in $cached)"
        /usr/bin/time -f "seed: %e s wall, %M KB peak" "$settle" seed-clinic --patients "$PATIENTS" --days "$DAYS" \
            --clinicians "$CLINICIANS" --seed "$SEED" --data-dir "$cached/data" --manifest "$cached/manifest.tsv" \
            2>&1 | tee "$cached/seed.log" >&2
        date -u +%Y-%m-%d >"$cached/done"
    else
        log "reusing cached SQLite clinic $cached (seeded $(cat "$cached/done"); FRESH=1 re-seeds)"
    fi
    mkdir -p "$work/sqlite"
    cp "$cached/data/settle.sqlite" "$work/sqlite/settle.sqlite"
    # Write the copy out now: left to the kernel's writeback it stalled the runs' own writes
    # (fsync waits of up to a second on this disk, seen as p99 spikes).
    sync
    manifest="$cached/manifest.tsv"
    seed_log="$cached/seed.log"
}

# seed_postgres: database PG_DATABASE, re-created and seeded when the parameters changed (or FRESH=1).
seed_postgres() {
    local marker="$CACHE/postgres-$PG_DATABASE"
    if [ "$FRESH" = 1 ] || [ "$(cat "$marker/key" 2>/dev/null)" != "$key" ]; then
        rm -rf "$marker"
        mkdir -p "$marker"
        log "re-creating PostgreSQL database $PG_DATABASE and seeding clinic $key"
        pg_admin "DROP DATABASE IF EXISTS $PG_DATABASE" >/dev/null
        pg_admin "CREATE DATABASE $PG_DATABASE OWNER $PG_USER" >/dev/null
        /usr/bin/time -f "seed: %e s wall, %M KB peak" "$settle" seed-clinic --patients "$PATIENTS" --days "$DAYS" \
            --clinicians "$CLINICIANS" --seed "$SEED" --database-url "$(pg_url "$PG_DATABASE")" \
            --manifest "$marker/manifest.tsv" 2>&1 | tee "$marker/seed.log" >&2
        pg_admin "VACUUM ANALYZE" "$PG_DATABASE" >/dev/null 2>&1 || true
        echo "$key" >"$marker/key"
    else
        log "reusing seeded PostgreSQL database $PG_DATABASE ($key; FRESH=1 re-seeds)"
        # Check-ins of earlier runs: drop today's rows so every run starts alike, and vacuum away the
        # dead row versions of earlier runs' overwrites (hundreds of thousands after a few runs;
        # left in place they slowed later runs by a quarter, see docs/PERFORMANCE.md).
        pg_admin "DELETE FROM diary_entries WHERE day >= floor(extract(epoch from now()) / 86400)::bigint" "$PG_DATABASE" >/dev/null
        pg_admin "VACUUM ANALYZE diary_entries, patients, sessions, audit_events" "$PG_DATABASE" >/dev/null
        pg_admin "CHECKPOINT" >/dev/null
        sync
    fi
    manifest="$marker/manifest.tsv"
    seed_log="$marker/seed.log"
}

start_server() {
    local backend="$1"
    local args=(serve --no-demo --port "$PORT" --hostname 127.0.0.1)
    if [ "$backend" = sqlite ]; then args+=(--data-dir "$work/sqlite"); else args+=(--database-url "$(pg_url "$PG_DATABASE")"); fi
    LOG_LEVEL=warning "$settle" "${args[@]}" >"$work/server-$backend.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 120); do
        if curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then return 0; fi
        kill -0 "$server_pid" 2>/dev/null || { cat "$work/server-$backend.log" >&2; fail "the server exited"; }
        sleep 0.5
    done
    fail "the server did not answer /health within 60 s"
}

stop_server() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
}

# sign_in EMAIL JAR: signs in through the login form; prints the session cookie value.
sign_in() {
    local email="$1" jar="$2" base="http://127.0.0.1:$PORT"
    local csrf
    csrf="$(curl -fsS -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)"
    [ -n "$csrf" ] || fail "no CSRF token on /login"
    local code
    code="$(curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" \
        --data-urlencode "email=$email" --data-urlencode "password=$password" "$base/login")"
    [ "$code" = 303 ] || fail "signing in $email gave HTTP $code (expected 303)"
    awk '$6 == "settle_session" { print $7 }' "$jar"
}

# cpu_ticks PID...: user + system CPU clock ticks used so far by the given processes.
cpu_ticks() {
    local total=0 pid
    for pid in "$@"; do
        # Fields 14 and 15 of /proc/PID/stat (after the parenthesised command name).
        total=$((total + $(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{ print $12 + $13 }' || echo 0)))
    done
    echo "$total"
}

# phase SCRIPT URL CONNECTIONS: runs wrk once, prints its RESULT line with the CPU time per request
# of the server (server_cpu_ms) and of PostgreSQL's processes (db_cpu_ms; 0 for SQLite, which runs
# inside the server). CPU per request does not depend on how busy the machine is otherwise, unlike
# requests per second, so it compares builds fairly on a shared machine.
phase() {
    local script="$1" url="$2" connections="$3"
    local hz server_before db_before server_after db_after requests
    hz="$(getconf CLK_TCK)"
    server_before="$(cpu_ticks "$server_pid")"
    db_before="$(cpu_ticks $(pgrep -x postgres || true))"
    WRK_THREADS="$THREADS" wrk -t"$THREADS" -c"$connections" -d"$DURATION" --latency -s "$root/Benchmarks/Server/$script" "$url" \
        >"$work/wrk.out" 2>&1 || { cat "$work/wrk.out" >&2; fail "wrk failed"; }
    server_after="$(cpu_ticks "$server_pid")"
    db_after="$(cpu_ticks $(pgrep -x postgres || true))"
    [ "$backend" = postgres ] || { db_before=0; db_after=0; }
    cat "$work/wrk.out" >>"$work/wrk-all.log"
    local line
    line="$(grep '^RESULT' "$work/wrk.out")" || { cat "$work/wrk.out" >&2; fail "wrk printed no RESULT line"; }
    requests="$(echo " $line" | field requests)"
    echo "$line $(awk -v s=$((server_after - server_before)) -v d=$((db_after - db_before)) -v n="$requests" -v hz="$hz" \
        'BEGIN { n = (n > 0 ? n : 1); printf "server_cpu_ms=%.3f db_cpu_ms=%.3f", s * 1000 / hz / n, d * 1000 / hz / n }')"
}

report_rows=()
run_backend() {
    local backend="$1"
    if [ "$backend" = sqlite ]; then seed_sqlite; else seed_postgres; fi
    password="$(awk -F'\t' '$1 == "password" { print $2 }' "$manifest")"
    start_server "$backend"
    log "$backend: server pid $server_pid on port $PORT; signing in $SESSIONS patients and clinician-0"

    : >"$work/sessions.txt"
    for i in $(seq 0 $((SESSIONS - 1))); do
        local jar="$work/jar-$i" cookie csrf
        cookie="$(sign_in "patient-$i@bench.settle.invalid" "$jar")"
        csrf="$(curl -fsS -b "$jar" "http://127.0.0.1:$PORT/me/check-in" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)"
        [ -n "$cookie" ] && [ -n "$csrf" ] || fail "no session or CSRF token for patient-$i"
        echo "$cookie $csrf" >>"$work/sessions.txt"
    done
    local clinician_cookie
    clinician_cookie="$(sign_in "clinician-0@bench.settle.invalid" "$work/jar-clinician")"
    awk -F'\t' '$1 == "patient" && $4 == "clinician-0@bench.settle.invalid" { print "/patients/" $3 }' "$manifest" >"$work/paths.txt"
    local code
    code="$(curl -sS -o /dev/null -w '%{http_code}' -b "settle_session=$clinician_cookie" "http://127.0.0.1:$PORT$(head -n 1 "$work/paths.txt")")"
    [ "$code" = 200 ] || fail "the clinician's dashboard gave HTTP $code"

    # Cold pass: each dashboard once, one at a time (the care engine's per-patient cache is empty);
    # the timed runs below then measure the warm dashboard.
    log "$backend: cold pass over $(wc -l <"$work/paths.txt") dashboards (one request at a time)"
    local cold=()
    while read -r path; do
        cold+=("$(curl -sS -o /dev/null -w '%{time_total}' -b "settle_session=$clinician_cookie" "http://127.0.0.1:$PORT$path")")
    done <"$work/paths.txt"
    local cold_median cold_max
    cold_median="$(printf '%s\n' "${cold[@]}" | median | awk '{ printf "%.0f", $1 * 1000 }')"
    cold_max="$(printf '%s\n' "${cold[@]}" | sort -g | tail -n 1 | awk '{ printf "%.0f", $1 * 1000 }')"
    log "  cold dashboard: median $cold_median ms, max $cold_max ms"

    local checkin_rps=() checkin_err=() checkin_p99=() dash_p50=() dash_p99=() dash_rps=() dash_err=()
    local checkin_cpu=() dash_cpu=()
    local checkin_runs=0 dashboard_runs=0
    case " $PHASES " in *" checkin "*) checkin_runs="$REPEATS" ;; esac
    case " $PHASES " in *" dashboard "*) dashboard_runs="$REPEATS" ;; esac
    for r in $(seq 1 "$checkin_runs"); do
        log "$backend: check-in POST run $r/$REPEATS ($DURATION, $CONNECTIONS connections, $THREADS wrk thread(s))"
        local line
        line="$(SESSIONS_FILE="$work/sessions.txt" phase checkin.lua "http://127.0.0.1:$PORT" "$CONNECTIONS")"
        log "  $line"
        checkin_rps+=("$(echo " $line" | field rps)")
        checkin_err+=("$(( $(echo " $line" | field non2xx3xx) + $(echo " $line" | field connect) + $(echo " $line" | field read) + $(echo " $line" | field write) + $(echo " $line" | field timeout) ))")
        checkin_p99+=("$(echo " $line" | field p99_ms)")
        checkin_cpu+=("$(echo " $line" | awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } printf "%.2f+%.2f", v["server_cpu_ms"], v["db_cpu_ms"] }')")
    done
    for r in $(seq 1 "$dashboard_runs"); do
        log "$backend: dashboard GET run $r/$REPEATS ($DASHBOARD_CONNECTIONS connections)"
        local line
        line="$(PATHS_FILE="$work/paths.txt" COOKIE="$clinician_cookie" phase dashboard.lua "http://127.0.0.1:$PORT" "$DASHBOARD_CONNECTIONS")"
        log "  $line"
        dash_rps+=("$(echo " $line" | field rps)")
        dash_err+=("$(( $(echo " $line" | field non2xx3xx) + $(echo " $line" | field connect) + $(echo " $line" | field read) + $(echo " $line" | field write) + $(echo " $line" | field timeout) ))")
        dash_p50+=("$(echo " $line" | field p50_ms)")
        dash_p99+=("$(echo " $line" | field p99_ms)")
        dash_cpu+=("$(echo " $line" | awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } printf "%.2f+%.2f", v["server_cpu_ms"], v["db_cpu_ms"] }')")
    done
    local hwm rss
    hwm="$(awk '/^VmHWM/ { print int($2 / 1024) }' "/proc/$server_pid/status")"
    rss="$(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$server_pid/status")"
    stop_server
    local seed_line
    seed_line="$(grep -E '^Seeded|^seed:' "$seed_log" | tr '\n' ' ' || true)"
    report_rows+=(
        "| $backend | $(printf '%s\n' "${checkin_rps[@]}" | median) | ${checkin_rps[*]} | ${checkin_err[*]} | $(printf '%s\n' "${checkin_p99[@]}" | median) | $(printf '%s\n' "${dash_p50[@]}" | median) | $(printf '%s\n' "${dash_p99[@]}" | median) | ${dash_p99[*]} | $(printf '%s\n' "${dash_rps[@]}" | median) | ${dash_err[*]} | $cold_median / $cold_max | $hwm | $rss | ${checkin_cpu[*]:-} | ${dash_cpu[*]:-} |"
    )
    seed_notes+=("- $backend: ${seed_line:-seeded earlier (see cache)}")
    log "$backend: done (peak RSS $hwm MB)"
}

seed_notes=()
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
# Share of the last 5 minutes in which every task waited on I/O (Linux PSI), when the kernel reports it.
io_pressure() { sed -n 's/^full .*avg300=\([0-9.]*\).*/\1 %/p' /proc/pressure/io 2>/dev/null || true; }
io_before="$(io_pressure)"
for backend in $BACKENDS; do
    case "$backend" in
        sqlite | postgres) run_backend "$backend" ;;
        *) fail "unknown backend '$backend' (sqlite or postgres)" ;;
    esac
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
io_after="$(io_pressure)"

mkdir -p "$(dirname "$OUT")"
{
    echo "# Clinic server benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Binary: $settle${SETTLE_BIN:+ (given by SETTLE_BIN)}."
    echo
    echo "Command: \`PATIENTS=$PATIENTS DAYS=$DAYS CLINICIANS=$CLINICIANS SEED=$SEED BACKENDS=\"$BACKENDS\" DURATION=$DURATION CONNECTIONS=$CONNECTIONS DASHBOARD_CONNECTIONS=$DASHBOARD_CONNECTIONS PHASES=\"$PHASES\" THREADS=$THREADS REPEATS=$REPEATS SESSIONS=$SESSIONS Benchmarks/Server/run.sh\`"
    echo
    echo "Machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -n 1)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), $(swift --version 2>&1 | head -n 1)."
    echo "wrk runs on the same machine as the server ($THREADS wrk thread(s); $CONNECTIONS connections for check-ins, $DASHBOARD_CONNECTIONS for the dashboard); load average before/after: $load_before / $load_after; all tasks stalled on I/O (5-minute share) before/after: ${io_before:-n/a} / ${io_after:-n/a}."
    echo "Clinic: $PATIENTS synthetic patients × $DAYS days of diary (one entry a day), $CLINICIANS clinicians; the dashboard phase rotates over clinician-0's patients; the check-in phase over $SESSIONS signed-in patients (each POST replaces that patient's check-in of today)."
    echo
    echo "| database | check-in POST/s (median) | check-in POST/s (runs) | check-in errors (runs) | check-in p99 ms | dashboard p50 ms | dashboard p99 ms (median) | dashboard p99 ms (runs) | dashboard GET/s | dashboard errors (runs) | cold dashboard ms (median / max) | server peak RSS MB (VmHWM) | RSS at end MB | check-in CPU ms/request, server+database (runs) | dashboard CPU ms/request, server+database (runs) |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${report_rows[@]}"
    echo
    echo "Targets (issue #6): check-in ≥ 2,000 POST/s with no errors; dashboard p99 ≤ 100 ms; server memory ≤ 300 MB."
    echo "Errors count non-2xx/3xx responses plus socket errors (connect, read, write, timeout). The dashboard runs follow a cold pass that opens each of clinician-0's dashboards once, one at a time (\"cold dashboard\": the care engine runs, its per-patient cache fills); the timed dashboard runs then mostly hit that cache. Check-ins change the record, so every check-in request sees a changed record. CPU per request: user + system CPU time of the server process and of all PostgreSQL processes during a run, divided by the requests of that run (wrk's own CPU excluded); it does not depend on other load on the machine the way requests per second do."
    echo
    echo "Seeding:"
    printf '%s\n' "${seed_notes[@]}"
    echo
    echo "<details><summary>wrk output</summary>"
    echo
    echo '```'
    cat "$work/wrk-all.log"
    echo '```'
    echo
    echo "</details>"
} >"$OUT"
log "results written to $OUT"
cat "$OUT" | head -n 12
