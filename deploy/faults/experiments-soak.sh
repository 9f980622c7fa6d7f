# The fault suite's soak run (full mode), sourced by deploy/faults/run. Three things share the
# soak's minutes of steady load through the balancer on the four instances:
#   - every DIRECTIVES_FAULTS_SOAK_SAMPLE_SECONDS (30) the memory of each instance (heap used and
#     the heap left after the last major collection, from the actuator's metrics; RSS from /proc;
#     a full collection forced at the first sample, half-way and at the end by a class histogram of
#     the live objects (jcmd GC.class_histogram), so that three "heap after a full GC" figures can be
#     compared, and what grew named) and the rows and bytes of every table;
#   - a transaction held open by the suite itself (as PostgreSQL's administrator, to whom the
#     applications' idle-in-transaction timeout does not apply), which inserts one well-formed
#     UnitRegistered (a copy of a stored one for a new unit) as its first write, stays open until
#     more than DIRECTIVES_FAULTS_HELD_EVENTS (10,000) events and DIRECTIVES_FAULTS_HELD_SECONDS
#     (60 s) have committed after it, then commits: the event must reach every read model (delivered
#     late, never skipped); the readers' hold-back is measured;
#   - the backup and restore drill: WAL archiving is on in the suite's cluster from its start; at
#     DIRECTIVES_FAULTS_DRILL_AT (two fifths of the soak) a pg_basebackup, then a named restore point,
#     the WAL archived up to it, the backup restored into a new cluster recovering the archived WAL
#     to that point, a command side and a query side started on it, every read model rebuilt from
#     the restored event store through the query side's rebuild API and compared with the read
#     models restored from the original (and, for the units, with the original cluster's), the
#     audit chain verified on the restored copy.
# DIRECTIVES_FAULTS_SOAK_SECONDS (600) sets the soak's length; 0 leaves the soak (and the drill) out.
# Writes soak.json and soak.md into the work directory; the report at the end of run includes them.

SOAK_SECONDS="${DIRECTIVES_FAULTS_SOAK_SECONDS:-600}"
SOAK_SAMPLE="${DIRECTIVES_FAULTS_SOAK_SAMPLE_SECONDS:-30}"
HELD_MIN_EVENTS="${DIRECTIVES_FAULTS_HELD_EVENTS:-10000}"
HELD_MIN_SECONDS="${DIRECTIVES_FAULTS_HELD_SECONDS:-60}"
DRILL_AT="${DIRECTIVES_FAULTS_DRILL_AT:-$((SOAK_SECONDS * 2 / 5))}"
# short enough for the soak to show expired keys being removed, far longer than any retry here
IDEMPOTENCY_RETENTION="${DIRECTIVES_FAULTS_IDEMPOTENCY_RETENTION:-3m}"
IDEMPOTENCY_PURGE="${DIRECTIVES_FAULTS_IDEMPOTENCY_PURGE_INTERVAL:-30s}"
SOAK="$WORK/soak"

soak_enabled() { [[ $MODE == full && $SOAK_SECONDS -gt 0 ]]; }

# Before the instances start: idempotency keys expire after a few minutes here, so that the soak
# sees their removal.
soak_environment() {
    soak_enabled || return 0
    export DIRECTIVES_IDEMPOTENCY_RETENTION="$IDEMPOTENCY_RETENTION"
    export DIRECTIVES_IDEMPOTENCY_PURGE_INTERVAL="$IDEMPOTENCY_PURGE"
}

as_server() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin() { echo "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/$1"; }
pg_base() { dirname "$(pg_data)"; }
psql_at() { psql -X -q -v ON_ERROR_STOP=1 -h "$1" -p "$2" -U postgres -d directives -tA "${@:3}"; }

# WAL archiving on the suite's cluster (a restart: archive_mode is read at server start only).
soak_prepare_cluster() {
    soak_enabled || return 0
    mkdir -p "$SOAK"
    SOAK_ARCHIVE="$(pg_base)/wal-archive"
    as_server mkdir -p "$SOAK_ARCHIVE"
    "$ROOT/deploy/pg" psql -c "ALTER SYSTEM SET archive_mode = on" \
        -c "ALTER SYSTEM SET archive_command = 'test ! -f $SOAK_ARCHIVE/%f && cp %p $SOAK_ARCHIVE/%f'"
    "$ROOT/deploy/pg" stop >/dev/null 2>&1
    "$ROOT/deploy/pg" start 2>>"$WORK/logs/pg-start.log"
}

# ---- samples ------------------------------------------------------------------------------------

metric() {
    curl -fs -m 5 -u "$CHECK_USER:$CHECK_PASSWORD" "http://127.0.0.1:${PORT[$1]}/actuator/metrics/$2" 2>/dev/null \
        | grep -o '"value":[-0-9.Ee+]*' | head -n 1 | cut -d: -f2 || true
}
mb() { awk -v v="${1:-}" 'BEGIN { if (v == "") print "-"; else printf "%.1f", v / 1048576 }'; }
# one line per instance: seconds into the soak, instance, heap used, heap after the last major GC, RSS (MB), forced
soak_sample_memory() {
    local t=$1 forced=$2 name rss
    for name in "${INSTANCES[@]}"; do
        # a class histogram of the live objects (taken after a full collection): what grew, if anything did
        if [[ $forced == 1 ]]; then
            jcmd "${PID[$name]}" GC.class_histogram >"$SOAK/histogram-$name-$t.txt" 2>/dev/null || true
        fi
        rss=$(awk '/^VmRSS/ { print $2 * 1024 }' "/proc/${PID[$name]}/status" 2>/dev/null || true)
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$name" "$(mb "$(metric "$name" 'jvm.memory.used?tag=area:heap')")" \
            "$(mb "$(metric "$name" jvm.gc.live.data.size)")" "$(mb "$rss")" "$forced" >>"$SOAK/memory.tsv"
    done
}
# one line per table: seconds into the soak, table, rows, bytes (table, indexes and TOAST)
soak_sample_tables() {
    "$ROOT/deploy/pg" psql -tA -F $'\t' -c "SELECT $1, n.nspname || '.' || c.relname,
            (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, c.relname),
                                                  false, true, '')))[1]::text,
            pg_total_relation_size(c.oid)
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('events', 'command', 'query', 'security', 'sessions')
      ORDER BY 2" >>"$SOAK/tables.tsv" 2>/dev/null || true
    # the age of the oldest idempotency key (s): what the retention promises to bound
    "$ROOT/deploy/pg" psql -tA -F $'\t' -c "SELECT $1, coalesce(extract(epoch FROM now() - min(created_at))::int, 0)
        FROM command.idempotency_key" >>"$SOAK/key-age.tsv" 2>/dev/null || true
}

# ---- the held transaction -----------------------------------------------------------------------

HELD_STATE=none
held_open() {
    HELD_ID=$(cat /proc/sys/kernel/random/uuid)
    HELD_NAME="Đơn vị thử lỗi $CURRENT_RUN-held"
    mkfifo "$SOAK/held.fifo"
    PGAPPNAME=faults-held-transaction "$ROOT/deploy/pg" psql -tA <"$SOAK/held.fifo" >"$SOAK/held.out" 2>&1 &
    HELD_PSQL=$!
    exec {HELD_FD}>"$SOAK/held.fifo"
    HELD_BEFORE=$(events_count)
    HELD_UNITS_BEFORE=$(read_model_units)
    HELD_OPENED=$(date +%s%N)
    # a stored registration copied for a new unit: the same shape, the same metadata (actor,
    # role, unit), a new event id, aggregate, name and time stamp; inserted as the transaction's
    # first write (its transaction id and its global index taken at once), without the append lock
    # (held for the whole transaction, it would stop every other append: docs/event-store.md)
    cat >&"$HELD_FD" <<EOF
BEGIN;
INSERT INTO events.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                       payload_type, payload_revision, payload, meta_data)
SELECT '$(cat /proc/sys/kernel/random/uuid)', '$HELD_ID', 0, e.type,
       to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.payload_type, e.payload_revision,
       convert_to(replace(replace(convert_from(e.payload, 'UTF8'), e.aggregate_identifier, '$HELD_ID'),
                          convert_from(e.payload, 'UTF8')::json->>'name', '$HELD_NAME'), 'UTF8'),
       e.meta_data
  FROM events.domain_event_entry e WHERE e.payload_type LIKE '%UnitRegistered' ORDER BY e.global_index DESC LIMIT 1;
EOF
    # open once PostgreSQL shows the session with a transaction id (its insert done)
    for _ in $(seq 1 100); do
        HELD_XID=$("$ROOT/deploy/pg" psql -tA -c "SELECT backend_xid FROM pg_stat_activity
            WHERE application_name = 'faults-held-transaction' AND backend_xid IS NOT NULL")
        [[ -n "$HELD_XID" ]] && break
        sleep 0.1
    done
    HELD_STATE=open
    log "soak: transaction $HELD_XID held open with a UnitRegistered as its first write"
}
read_model_units() { "$ROOT/deploy/pg" psql -tA -c "SELECT count(*) FROM query.unit"; }
store_units() { "$ROOT/deploy/pg" psql -tA -c "SELECT count(*) FROM events.domain_event_entry WHERE payload_type LIKE '%UnitRegistered'"; }
held_tick() {
    local now; now=$(date +%s%N)
    case $HELD_STATE in
        open)
            local after=$(($(events_count) - HELD_BEFORE)) held_s=$(((now - HELD_OPENED) / 1000000000))
            if ((after > HELD_MIN_EVENTS && held_s > HELD_MIN_SECONDS)) || ((now / 1000000 > SOAK_END_MS - 20000)); then
                HELD_UNITS_AT_COMMIT=$(read_model_units)
                HELD_STORE_HEAD=$("$ROOT/deploy/pg" psql -tA -c "SELECT max(global_index) FROM events.domain_event_entry")
                echo "COMMIT;" >&"$HELD_FD"
                exec {HELD_FD}>&-
                wait "$HELD_PSQL" || true
                HELD_COMMITTED=$(date +%s%N)
                HELD_STORE_UNITS=$(store_units)
                HELD_INDEX=$("$ROOT/deploy/pg" psql -tA -c "SELECT global_index FROM events.domain_event_entry
                    WHERE aggregate_identifier = '$HELD_ID'")
                HELD_AFTER=$("$ROOT/deploy/pg" psql -tA -c "SELECT count(*) FROM events.domain_event_entry
                    WHERE global_index > ${HELD_INDEX:-0} AND global_index <= $HELD_STORE_HEAD")
                HELD_STATE=committed
                log "soak: held transaction committed after $(since "$HELD_OPENED") s, $HELD_AFTER events committed after its event (index ${HELD_INDEX:-none})"
            fi ;;
        committed)
            # caught up: the held unit and as many units as the store had at the commit in the read model
            if [[ -n "$("$ROOT/deploy/pg" psql -tA -c "SELECT 1 FROM query.unit WHERE unit_id = '$HELD_ID'")" ]] \
                    && (($(read_model_units) >= HELD_STORE_UNITS)); then
                HELD_CAUGHT=$(date +%s%N)
                HELD_STATE=delivered
                log "soak: the held unit is in the read model $(since "$HELD_COMMITTED") s after its commit"
            fi ;;
    esac
}
held_report() {
    local held_s="null" catch_s="null" in_models="[]" chained="null"
    if [[ -n "${HELD_COMMITTED:-}" ]]; then
        held_s=$(awk -v a="$HELD_OPENED" -v b="$HELD_COMMITTED" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
    fi
    if [[ -n "${HELD_CAUGHT:-}" ]]; then
        catch_s=$(awk -v a="$HELD_COMMITTED" -v b="$HELD_CAUGHT" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
    fi
    # every read-model table of the query side that names the held unit
    in_models=$("$ROOT/deploy/pg" psql -tA -c "SELECT coalesce(string_agg('\"' || t || '\"', ', ' ORDER BY t), '')
        FROM (SELECT c.table_schema || '.' || c.table_name AS t FROM information_schema.columns c
               WHERE c.table_schema = 'query' AND c.column_name = 'unit_id' GROUP BY 1) tables
       WHERE (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %s WHERE unit_id::text = %L', t, '$HELD_ID'),
                                                   false, true, '')))[1]::text::int > 0" 2>/dev/null || true)
    chained=$("$ROOT/deploy/pg" psql -tA -c "SELECT event_present::text FROM events.event_chain WHERE global_index = ${HELD_INDEX:-0}" 2>/dev/null || true)
    # how long the read models stood behind the held transaction: from its opening until they held
    # its event and everything committed before its commit
    local hold_back="null"
    if [[ -n "${HELD_CAUGHT:-}" ]]; then
        hold_back=$(awk -v a="$HELD_OPENED" -v b="$HELD_CAUGHT" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
    fi
    cat >"$SOAK/held.json" <<EOF
{"xid": "${HELD_XID:-}", "unit_id": "${HELD_ID:-}", "global_index": ${HELD_INDEX:-null}, "held_s": $held_s,
 "events_committed_after": ${HELD_AFTER:-null}, "required_events": $HELD_MIN_EVENTS, "required_s": $HELD_MIN_SECONDS,
 "read_model_units_at_open": ${HELD_UNITS_BEFORE:-null}, "read_model_units_at_commit": ${HELD_UNITS_AT_COMMIT:-null},
 "store_units_at_commit": ${HELD_STORE_UNITS:-null}, "caught_up_after_commit_s": $catch_s, "hold_back_s": $hold_back,
 "in_read_models": [$in_models], "chained_as_present": ${chained:-null}}
EOF
}

# ---- the backup and restore drill (a background job during the soak) -----------------------------

DRILL_PID=""
drill_free_port() {
    local port
    for port in $(seq "$1" $(($1 + 40))); do busy "$port" || { echo "$port"; return; }; done
}
drill_put() { echo "$1=$2" >>"$SOAK/drill.env"; }
drill_ms() { awk -v a="$1" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }
drill() {
    local base sock rbase rdata rport cport qport t at head seg processors name state ok=true
    base=$(pg_base); sock="$base/socket"
    rbase="$base/restored"; rdata="$rbase/data"
    : >"$SOAK/drill.env"
    # 1. the base backup, of the running cluster under load (WAL from the archive)
    at=$(date +%s%N)
    as_server "$(pg_bin pg_basebackup)" -h "$sock" -p "$PG_PORT" -U postgres -D "$base/base-backup" -Fp -X none -c fast \
        >"$SOAK/basebackup.log" 2>&1
    drill_put backup_s "$(drill_ms "$at")"
    drill_put backup_mb "$(du -sm "$base/base-backup" | cut -f1)"
    # 2. a named restore point, the WAL segment holding it switched out and archived
    psql_at "$sock" "$PG_PORT" -c "SELECT pg_create_restore_point('faults-drill')" >/dev/null
    drill_put restore_point_at "$(date -u +%H:%M:%S)"
    drill_put store_head_at_restore_point "$(psql_at "$sock" "$PG_PORT" -c "SELECT max(global_index) FROM events.domain_event_entry")"
    seg=$(psql_at "$sock" "$PG_PORT" -c "SELECT pg_walfile_name(pg_switch_wal())")
    for _ in $(seq 1 600); do
        [[ "$(psql_at "$sock" "$PG_PORT" -c "SELECT coalesce(last_archived_wal, '') >= '$seg' FROM pg_stat_archiver")" == t ]] && break
        sleep 0.2
    done
    drill_put archived_wal_mb "$(du -sm "$base/wal-archive" | cut -f1)"
    # 3. restore: the backup copied into a new cluster, the archived WAL recovered up to the restore point
    at=$(date +%s%N)
    as_server mkdir -p "$rbase/socket"
    as_server cp -a "$base/base-backup" "$rdata"
    as_server sh -c "cat >>'$rdata/postgresql.auto.conf'" <<EOF
restore_command = 'cp $base/wal-archive/%f %p'
recovery_target_name = 'faults-drill'
recovery_target_action = 'promote'
archive_mode = off
EOF
    as_server touch "$rdata/recovery.signal"
    rport=$(drill_free_port $((PG_PORT + 10)))
    as_server "$(pg_bin pg_ctl)" -D "$rdata" -l "$rbase/postgres.log" -w -t 600 \
        -o "-c listen_addresses=127.0.0.1 -p $rport -k $rbase/socket -c max_connections=200" start >/dev/null
    echo "$rdata" >"$SOAK/restored-cluster"
    for _ in $(seq 1 3000); do
        [[ "$(psql_at "$rbase/socket" "$rport" -c "SELECT pg_is_in_recovery()" 2>/dev/null)" == f ]] && break
        sleep 0.2
    done
    drill_put restore_s "$(drill_ms "$at")"
    head=$(psql_at "$rbase/socket" "$rport" -c "SELECT max(global_index) FROM events.domain_event_entry")
    drill_put restored_store_head "$head"
    drill_put restored_events "$(psql_at "$rbase/socket" "$rport" -c "SELECT count(*) FROM events.domain_event_entry")"
    # 4. a command side (for the chain's verification) and a query side on the restored cluster
    cport=$(drill_free_port $((BASE_PORT + 31))); qport=$(drill_free_port $((cport + 1)))
    at=$(date +%s%N)
    env DIRECTIVES_DB_URL="jdbc:postgresql://127.0.0.1:$rport/directives" DIRECTIVES_COMMAND_PORT="$cport" \
        DIRECTIVES_URGING_RUN_SCHEDULER=false \
        setsid java "${JAVA_OPTS[@]}" -jar "${APP[command-side]}" >>"$WORK/logs/restored-command.log" 2>&1 &
    echo $! >>"$SOAK/restored-pids"
    env DIRECTIVES_DB_URL="jdbc:postgresql://127.0.0.1:$rport/directives" DIRECTIVES_QUERY_PORT="$qport" \
        DIRECTIVES_QUERY_NODE_ID=restored-query \
        setsid java "${JAVA_OPTS[@]}" -jar "${APP[query-side]}" >>"$WORK/logs/restored-query.log" 2>&1 &
    echo $! >>"$SOAK/restored-pids"
    for port in "$cport" "$qport"; do
        for _ in $(seq 1 3000); do
            curl -fs -m 1 "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break
            sleep 0.2
        done
    done
    drill_put start_s "$(drill_ms "$at")"
    local q="http://127.0.0.1:$qport/api/admin/processors"
    drill_processors_current() {
        curl -fs -m 30 -u "$CHECK_USER:$CHECK_PASSWORD" "$q" | grep -o '"lag":[0-9-]*' | grep -vq '"lag":0$' && return 1
        curl -fs -m 30 -u "$CHECK_USER:$CHECK_PASSWORD" "$q" | grep -q '"lag"'
    }
    # the restored read models brought up to the restored store's head by the restored tokens
    for _ in $(seq 1 1500); do drill_processors_current && break; sleep 0.2; done
    drill_dumps "$rbase/socket" "$rport" "$SOAK/restored"
    # 5. every read model rebuilt from the restored event store
    processors=$(curl -fs -m 30 -u "$CHECK_USER:$CHECK_PASSWORD" "$q" | grep -o '"name":"[^"]*"' | cut -d'"' -f4 | sort -u)
    at=$(date +%s%N)
    for name in $processors; do
        curl -fs -m 30 -u "$CHECK_USER:$CHECK_PASSWORD" -X POST "$q/$name/rebuild" >/dev/null || ok=false
    done
    for name in $processors; do
        for _ in $(seq 1 3000); do
            state=$(curl -fs -m 30 -u "$CHECK_USER:$CHECK_PASSWORD" "$q/$name/rebuild" | grep -o '"state":"[A-Z]*"' | cut -d'"' -f4)
            [[ $state == DONE || $state == FAILED ]] && break
            sleep 0.2
        done
        [[ $state == DONE ]] || { ok=false; drill_put "rebuild_$name" "${state:-none}"; }
    done
    for _ in $(seq 1 1500); do drill_processors_current && break; sleep 0.2; done
    drill_put rebuild_s "$(drill_ms "$at")"
    drill_put processors "$(echo $processors | wc -w)"
    drill_put rebuilds_done "$ok"
    drill_dumps "$rbase/socket" "$rport" "$SOAK/rebuilt"
    # 6. the comparisons: every read-model table rebuilt equal to the restored one; the units rebuilt
    # equal to the restored store's units, and to the original cluster's read model (now further on)
    # restricted to the restored store's units
    drill_put tables_compared "$(wc -l <"$SOAK/restored.tables")"
    drill_put tables_differing "$(diff "$SOAK/restored.tables" "$SOAK/rebuilt.tables" | grep -c '^>' || true)"
    diff "$SOAK/restored.tables" "$SOAK/rebuilt.tables" >"$SOAK/tables.diff" || true
    store_dump_all "$SOAK/original.store"
    read_model_dump "$SOAK/original.read"
    cut -f1 "$SOAK/rebuilt.store" | sort >"$SOAK/rebuilt.store.ids"
    sort "$SOAK/rebuilt.read" >"$SOAK/rebuilt.read.sorted"
    sort "$SOAK/original.read" | comm -12 - "$SOAK/rebuilt.store.ids" >"$SOAK/original.read.restricted"
    drill_put units_in_restored_store "$(wc -l <"$SOAK/rebuilt.store.ids")"
    drill_put units_rebuilt "$(wc -l <"$SOAK/rebuilt.read.sorted")"
    cmp -s "$SOAK/rebuilt.store.ids" "$SOAK/rebuilt.read.sorted" && drill_put units_equal_store true || drill_put units_equal_store false
    cmp -s "$SOAK/original.read.restricted" "$SOAK/rebuilt.read.sorted" && drill_put units_equal_original true \
        || drill_put units_equal_original false
    # the restored store is the original's, event for event, up to the restored head
    if [[ "$(drill_store_digest "$rbase/socket" "$rport" "$head")" == "$(drill_store_digest "$sock" "$PG_PORT" "$head")" ]]; then
        drill_put store_equal_original true
    else
        drill_put store_equal_original false
    fi
    drill_put skipped "$(curl -fs -m 120 -u "$CHECK_USER:$CHECK_PASSWORD" "http://127.0.0.1:$qport/api/admin/reconciliation" \
        | grep -o '"missingCount":[0-9]*' | cut -d: -f2 | awk '{ sum += $1 } END { print sum + 0 }')"
    curl -fs -m 120 -u "$CHECK_USER:$CHECK_PASSWORD" "http://127.0.0.1:$cport/api/audit/chain/verification" \
        >"$SOAK/restored-chain.json" || true
    grep -q '"intact":true' "$SOAK/restored-chain.json" && drill_put chain_intact true || drill_put chain_intact false
    # 7. the restored copy stopped and removed
    drill_stop
    drill_put done true
}
# every unit of the suite in the store; each read-model table of the query side as a digest of its
# sorted rows (the processors' own bookkeeping left out: tokens, tallies, rebuild records)
store_dump_all() {
    "$ROOT/deploy/pg" psql -tA -F $'\t' -c "SELECT aggregate_identifier, convert_from(payload, 'UTF8')::json->>'name'
        FROM events.domain_event_entry WHERE payload_type LIKE '%UnitRegistered'" >"$1"
}
drill_dumps() {
    local sock=$1 port=$2 out=$3
    psql_at "$sock" "$port" -F $'\t' -c "SELECT aggregate_identifier, convert_from(payload, 'UTF8')::json->>'name'
        FROM events.domain_event_entry WHERE payload_type LIKE '%UnitRegistered'" >"$out.store"
    psql_at "$sock" "$port" -c "SELECT unit_id FROM query.unit" >"$out.read"
    psql_at "$sock" "$port" -F $'\t' -c "SELECT t, (xpath('/row/d/text()', query_to_xml(format(
                'SELECT md5(coalesce(string_agg(r::text, E''\n'' ORDER BY r::text), '''')) AS d FROM %s r', t),
                false, true, '')))[1]::text
        FROM (SELECT format('%I.%I', table_schema, table_name) AS t FROM information_schema.tables
               WHERE table_schema = 'query' AND table_type = 'BASE TABLE'
                 AND table_name NOT IN ('token_entry', 'processor_tally', 'processor_rebuild', 'flyway_schema_history',
                                        'security_log', 'dead_letter_entry')) tables ORDER BY 1" >"$out.tables"
}
drill_store_digest() {
    psql_at "$1" "$2" -c "SELECT md5(string_agg(global_index || ':' || event_identifier || ':' || md5(payload) || ':' || md5(meta_data),
                                     ',' ORDER BY global_index))
        FROM events.domain_event_entry WHERE global_index <= $3"
}
drill_stop() {
    local pid
    if [[ -s "$SOAK/restored-pids" ]]; then
        for pid in $(cat "$SOAK/restored-pids"); do kill -TERM "$pid" 2>/dev/null || true; done
        for pid in $(cat "$SOAK/restored-pids"); do
            for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -KILL "$pid" 2>/dev/null || true
        done
        : >"$SOAK/restored-pids"
    fi
    if [[ -s "$SOAK/restored-cluster" ]]; then
        as_server "$(pg_bin pg_ctl)" -D "$(cat "$SOAK/restored-cluster")" -m fast -w stop >/dev/null 2>&1 || true
        : >"$SOAK/restored-cluster"
    fi
}
# called by run's cleanup: whatever the drill left running (a failed or interrupted run)
soak_cleanup() {
    if [[ -n "$DRILL_PID" ]]; then kill -TERM "$DRILL_PID" 2>/dev/null || true; fi
    if [[ -d "$SOAK" ]]; then drill_stop; fi
    return 0
}

# ---- the soak -----------------------------------------------------------------------------------

fault_soak() {
    local started t next_sample=0 mid_done=0 drill_started=0
    started=$(cat "$WORK/$CURRENT_RUN.log.started")
    SOAK_END_MS=$((started + SOAK_SECONDS * 1000))
    held_open
    while (($(date +%s%3N) < SOAK_END_MS)); do
        t=$((($(date +%s%3N) - started) / 1000))
        if ((t >= next_sample)); then
            local forced=0
            if ((next_sample == 0)) || ((mid_done == 0 && t >= SOAK_SECONDS / 2)); then
                forced=1; ((next_sample == 0)) || mid_done=1
            fi
            soak_sample_memory "$t" "$forced"
            soak_sample_tables "$t"
            next_sample=$((t + SOAK_SAMPLE))
        fi
        # after the held transaction: the restored copy then holds its event
        if ((drill_started == 0 && t >= DRILL_AT)) && [[ $HELD_STATE != open ]]; then
            drill_started=1
            log "soak: the backup and restore drill starts"
            # its own errors are the drill's findings, never the end of the suite
            (set +e; drill) >"$SOAK/drill.log" 2>&1 &
            DRILL_PID=$!
        fi
        held_tick
        sleep 1
    done
    soak_sample_memory "$SOAK_SECONDS" 1
    soak_sample_tables "$SOAK_SECONDS"
    # the last events may still be on their way to the read model
    for _ in $(seq 1 300); do [[ $HELD_STATE == committed ]] || break; held_tick; sleep 0.5; done
    FAULTS="steady load for $SOAK_SECONDS s; transaction $HELD_XID held open $(
        [[ -n "${HELD_COMMITTED:-}" ]] && awk -v a="$HELD_OPENED" -v b="$HELD_COMMITTED" 'BEGIN { printf "%.0f", (b - a) / 1e9 }'
        ) s with its UnitRegistered while ${HELD_AFTER:-?} events committed after it; pg_basebackup and restore drill"
    RECOVERY=0
}
soak_run() {
    soak_enabled || return 0
    if [[ -n "${DIRECTIVES_FAULTS_ONLY:-}" && ",$DIRECTIVES_FAULTS_ONLY," != *",soak,"* ]]; then
        log "soak: left out (DIRECTIVES_FAULTS_ONLY)"; return 0
    fi
    mkdir -p "$SOAK"
    experiment soak fault_soak "$SOAK_SECONDS"
    held_report
    if [[ -n "$DRILL_PID" ]]; then
        log "soak: waiting for the drill"
        wait "$DRILL_PID" || true
        DRILL_PID=""
    fi
    java "$HERE/SoakReport.java" "$SOAK" "$SOAK_SECONDS" "$IDEMPOTENCY_RETENTION" "$IDEMPOTENCY_PURGE" \
        >"$SOAK/report.log" 2>&1 || { log "soak: the report failed"; cat "$SOAK/report.log" >&2; }
    [[ -s "$SOAK/soak.md" ]] && cat "$SOAK/soak.md"
}
# for the suite's verdict: the soak ran, and everything it judged held
soak_failed() {
    soak_enabled || return 1
    [[ -n "${DIRECTIVES_FAULTS_ONLY:-}" && ",$DIRECTIVES_FAULTS_ONLY," != *",soak,"* ]] && return 1
    [[ -s "$SOAK/soak.json" ]] || return 0
    grep -q '"verdict": "pass"' "$SOAK/soak.json" && return 1
    return 0
}
