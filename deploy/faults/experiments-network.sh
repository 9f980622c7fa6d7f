# The fault suite's network faults and its kills placed between an idempotency claim and its
# effect, sourced by deploy/faults/run (which defines PID, PORT, WORK, MODE, ready, since,
# start_instance, xact_status, log...).
#
# Network: command-a reaches PostgreSQL through FaultProxy (a TCP proxy on 127.0.0.1 the suite
# controls, started before command-a); every other instance connects directly.
#   network-cut        every connection through the proxy reset (RST) mid-load, new ones accepted
#                      (full: three cuts 1 s apart)
#   network-blackhole  (full) the proxy forwards nothing for 20 s, in either direction, and opens
#                      nothing for new connections: both ends wait in silence; then it resumes. One
#                      keyed command is sent straight to command-a as it begins, by a client that
#                      waits up to 60 s (how long does the command side hold it?), then retried
#   network-delay      (full) each chunk held 100 ms each way for 10 s (200 ms per round trip)
# Each measures, while the fault lasts, how long command-a's readiness and liveness take to answer.
#
# Kills between claim and effect: the proxy holds one of command-a's connections just before a
# given statement (a trap: `hold`, FaultProxy.java), so that its transaction stands still at the
# point; the point is confirmed in PostgreSQL's own views (pg_stat_activity, and pg_locks for the
# tables the transaction has written), command-a is killed with SIGKILL and the held connection
# closed without forwarding the statement (PostgreSQL then rolls the transaction back: its COMMIT
# was never sent). The client retries the same key (full: through the balancer to command-b at
# once; short: once command-a is back).
#   kill-before-effect  the key claimed (a row written in command.idempotency_key), no event yet:
#                       held before the event store's append lock
#   kill-before-answer  the key claimed and the events written (events.domain_event_entry), the
#                       answer not stored yet: held before the answer's UPDATE
# No test hook in the product: the points are found from outside, in the statements command-a sends
# and in PostgreSQL's own views.

NET_CUTS=$([[ $MODE == short ]] && echo 1 || echo 3)
# longer than the command side's socket timeout (15 s), so that the silence outlasts it
NET_BLACKHOLE=20
NET_DELAY_MS=100
NET_DELAY_SECONDS=10
# the load of a kill-between experiment: long enough for the trap to catch its point
KILL_SECONDS=$([[ $MODE == short ]] && echo $((SECONDS_EACH + 4)) || echo "$SECONDS_EACH")
KILL_WATCH=6
# The statements a trap waits for (FaultProxy's hold: "<statement>|<run before it in the same
# transaction>"): the event store's append lock, taken first by every append (AppendLock.KEY,
# 0x6576656e7473; GapFreeStatements), in a transaction that claimed an idempotency key
# (IdempotencyStore); and the stored answer of a keyed command (IdempotencyStore.remember).
APPEND_MARKER="pg_advisory_xact_lock($((0x6576656e7473)))|INSERT INTO command.idempotency_key"
ANSWER_MARKER="UPDATE command.idempotency_key SET status"

# Starts the proxy in front of PostgreSQL; command-a then connects through it (COMMAND_A_DB_URL).
network_proxy_start() {
    rm -f "$WORK/proxy.ports"
    setsid java -Xmx48m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$WORK/classes" FaultProxy "$PG_PORT" \
        "$WORK/proxy.ports" >>"$WORK/logs/proxy.log" 2>&1 &
    PID[proxy]=$!
    for _ in $(seq 1 300); do [[ -s "$WORK/proxy.ports" ]] && break; sleep 0.1; done
    if [[ ! -s "$WORK/proxy.ports" ]]; then
        echo "[faults] the TCP proxy did not start in 30 s; see $WORK/logs/proxy.log" >&2
        return 1
    fi
    read -r PROXY_PORT PROXY_CONTROL <"$WORK/proxy.ports"
    COMMAND_A_DB_URL="jdbc:postgresql://127.0.0.1:$PROXY_PORT/directives"
}
# one command to the proxy; prints its one-line answer (waits for it up to $2 s, default 5)
proxy_say() {
    local command=$1 wait=${2:-5}
    (
        exec 3<>"/dev/tcp/127.0.0.1/$PROXY_CONTROL"
        printf '%s\n' "$command" >&3
        read -r -t "$wait" answer <&3 || answer="no answer"
        printf '%s\n' "$answer"
    )
}
# Catches one of command-a's keyed commands at a point of its transaction, within $3 seconds: the
# proxy holds the first connection that runs the statement of the trap $1 (the transaction stands
# still just before it, for as long as it is held), and the held transaction is confirmed in
# pg_stat_activity: command-side's, on that connection, idle in transaction with a transaction id,
# and at the point $2 (point_condition). If not, the connection is let go and the trap armed again.
# Each held connection is logged in $WORK/traps.log. Sets CAUGHT_PID (the backend), CAUGHT_XID,
# CAUGHT_STATE (its state and last statement) and CAUGHT_TRIES (connections held, this one
# included); the connection stays held (release or drop).
catch_at() {
    local trap=$1 point=$2 deadline=$(($(date +%s) + $3)) answer port row pid xid state at_point
    CAUGHT_PID="" CAUGHT_XID="" CAUGHT_STATE="" CAUGHT_TRIES=0
    while (($(date +%s) < deadline)); do
        answer=$(proxy_say "hold $(((deadline - $(date +%s)) * 1000)) $trap" $((deadline - $(date +%s) + 5)))
        echo "$CURRENT_RUN $point: trap answered '$answer'" >>"$WORK/traps.log"
        [[ $answer =~ ^held\ ([0-9]+)$ ]] || return 1
        port=${BASH_REMATCH[1]}
        CAUGHT_TRIES=$((CAUGHT_TRIES + 1))
        row=$("$ROOT/deploy/pg" psql -tA -F '|' -c "SELECT a.pid, a.backend_xid, a.state, a.state || ' (last statement: '
                    || left(regexp_replace(translate(a.query, '|\"\\', ''), '\s+', ' ', 'g'), 50) || '…)',
                    ($(point_condition "$point"))
                FROM pg_stat_activity a
                WHERE a.client_port = $port AND a.application_name = 'command-side'")
        echo "$CURRENT_RUN $point: held connection $CAUGHT_TRIES: ${row:-no command-side backend on port $port}" >>"$WORK/traps.log"
        IFS='|' read -r pid xid state CAUGHT_STATE at_point <<<"$row"
        if [[ -n "$xid" && $state == "idle in transaction" && $at_point == t ]]; then
            CAUGHT_PID=$pid CAUGHT_XID=$xid
            return 0
        fi
        proxy_say release >/dev/null
    done
    return 1
}
# "<status> in <seconds> s" for one health group of an instance (curl gives up after 5 s)
probe() {
    curl -s -o /dev/null -m 5 -w '%{http_code} %{time_total}' "http://127.0.0.1:${PORT[$1]}/actuator/health/$2" \
        | awk '{ printf "%s in %.2f s", ($1 == "000" ? "no answer" : $1), $2 }'
}

fault_network_cut() {
    local at; at=$(date +%s%N)
    local answers="" health=""
    for i in $(seq 1 "$NET_CUTS"); do
        answers+="${answers:+, }$(proxy_say cut | awk '{ print $3 }')"
        # the health check's own connection went too: its next probe must still answer at once
        health+="${health:+; }readiness $(probe command-a readiness)"
        ((i < NET_CUTS)) && sleep 1
    done
    ready command-a
    RECOVERY=$(since "$at")
    FAULTS="every connection of command-a to PostgreSQL reset (RST) $NET_CUTS× through the proxy (${answers} connections), new ones accepted; right after: $health"
}
# One attempt of a keyed unit registration sent straight to command-a (the client waits up to $2 s),
# logged like FaultLoad's so that the history checker checks it with the load (the ".b" log);
# prints "<status> <seconds>"
NET_PROBE_SEQ=0
probe_command() {
    local key=$1 wait=$2 name="Đơn vị thử lỗi $CURRENT_RUN-probe" answer status seconds id outcome
    answer=$(curl -s -o "$WORK/$CURRENT_RUN.probe.body" -m "$wait" -w '%{http_code} %{time_total}' \
        -u "$LOAD_USER:$LOAD_PASSWORD" -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
        -d "{\"name\":\"$name\",\"kind\":\"OTHER\",\"effectiveOn\":\"2015-01-01\"}" \
        "http://127.0.0.1:${PORT[command-a]}/api/units" || true)
    read -r status seconds <<<"$answer"
    id=$(grep -o '"id":"[^"]*"' "$WORK/$CURRENT_RUN.probe.body" 2>/dev/null | head -n 1 | cut -d'"' -f4 || true)
    case $status in
        201) outcome=acknowledged ;; 000) outcome=unknown ;; 5*) outcome=failed ;; *) outcome=refused ;;
    esac
    NET_PROBE_SEQ=$((NET_PROBE_SEQ + 1))
    printf 'p%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$NET_PROBE_SEQ" "$key" "$name" "${status:-0}" "${id:--}" "$outcome" \
        "$(date +%s%3N)" >>"$WORK/$CURRENT_RUN.log.b"
    echo "$status $seconds"
}
fault_network_blackhole() {
    local at; at=$(date +%s%N)
    proxy_say blackhole >/dev/null
    # one command sent straight to command-a as the silence begins, by a client that waits up to
    # 60 s: how long does the command side hold it? Then its key is retried until answered.
    local key="network-probe-$CURRENT_RUN"
    probe_command "$key" 60 >"$WORK/$CURRENT_RUN.probe" &
    local prober=$!
    sleep 2
    local during="readiness $(probe command-a readiness), liveness $(probe command-a liveness)"
    sleep $((NET_BLACKHOLE - 2))
    local still="readiness $(probe command-a readiness)"
    proxy_say resume >/dev/null
    ready command-a
    RECOVERY=$(since "$at")
    wait "$prober" || true
    local held retry=""
    held=$(awk '{ printf "%s after %.1f s", ($1 == "000" ? "no answer" : $1), $2 }' "$WORK/$CURRENT_RUN.probe")
    if [[ $held != 201* ]]; then
        for _ in $(seq 1 20); do
            retry=$(probe_command "$key" 10 | cut -d' ' -f1)
            [[ $retry == 201 ]] && break
            sleep 0.5
        done
        retry=" (its key retried: $retry)"
    fi
    FAULTS="the network between command-a and PostgreSQL silent (nothing forwarded, no reset) for $NET_BLACKHOLE s, then resumed; 2 s in: $during; at the end: $still; a command sent to command-a as it began: $held$retry"
}
fault_network_delay() {
    local at; at=$(date +%s%N)
    proxy_say "delay $NET_DELAY_MS" >/dev/null
    sleep 2
    local during="readiness $(probe command-a readiness)"
    sleep $((NET_DELAY_SECONDS - 2))
    proxy_say "delay 0" >/dev/null
    ready command-a
    RECOVERY=$(since "$at")
    FAULTS="$NET_DELAY_MS ms added each way to every exchange between command-a and PostgreSQL for $NET_DELAY_SECONDS s; during it: $during"
}

# SQL: conditions on pg_stat_activity a (what the open transaction has written, per pg_locks)
written() {
    echo "EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.locktype = 'relation'
            AND l.relation = '$1'::regclass AND l.mode = 'RowExclusiveLock')"
}
point_condition() {
    local claimed appended
    claimed=$(written command.idempotency_key)
    appended=$(written events.domain_event_entry)
    case $1 in
        # claimed, no event written or being written
        effect) echo "$claimed AND NOT $appended" ;;
        # claimed and events written (not still being written), the answer's UPDATE not run
        answer) echo "$claimed AND $appended AND a.query NOT LIKE '%idempotency_key SET status%'
                      AND NOT (a.state = 'active' AND a.query LIKE '%domain_event_entry%')" ;;
    esac
}
fault_kill_before_effect() { kill_between effect "between the claim of its key and its events"; }
fault_kill_before_answer() { kill_between answer "between its events and its stored answer"; }
kill_between() {
    local point=$1 where=$2 marker at
    case $point in
        effect) marker=$APPEND_MARKER ;;
        answer) marker=$ANSWER_MARKER ;;
    esac
    if ! catch_at "$marker" "$point" "$KILL_WATCH"; then
        FAULTS="NOT INJECTED: no keyed command of command-a caught $where in $KILL_WATCH s ($CAUGHT_TRIES connections held and let go)"
        RECOVERY=0; NOT_INJECTED=$((NOT_INJECTED + 1)); return
    fi
    at=$(date +%s%N)
    kill -KILL "${PID[command-a]}"
    wait "${PID[command-a]}" 2>/dev/null || true
    # the held statement is never sent: the backend reads the end of its connection and rolls back
    proxy_say drop >/dev/null
    for _ in $(seq 1 100); do [[ $(xact_status "$CAUGHT_XID") == "in progress" ]] || break; sleep 0.1; done
    local outcome; outcome=$(xact_status "$CAUGHT_XID")
    start_instance command-a
    ready command-a
    RECOVERY=$(since "$at")
    FAULTS="kill -9 of command-a with a keyed command $where (its transaction $CAUGHT_XID, held by the proxy's trap before its next statement while $CAUGHT_STATE, caught at try $CAUGHT_TRIES), restarted; that transaction then $outcome"
}

# This file's experiments, in the mode's order (short: one of each kind, with the command side
# alone, before the query side starts: the cut and the kill between events and stored answer)
if [[ $MODE == short ]]; then NETWORK_EXPERIMENTS=2; else NETWORK_EXPERIMENTS=5; fi
network_experiments() {
    experiment network-cut fault_network_cut
    if [[ $MODE == full ]]; then
        experiment network-blackhole fault_network_blackhole
        experiment network-delay fault_network_delay
        experiment kill-before-effect fault_kill_before_effect "$KILL_SECONDS"
    fi
    experiment kill-before-answer fault_kill_before_answer "$KILL_SECONDS"
}
