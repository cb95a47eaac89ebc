#!/usr/bin/env bash
# Supervises one Neo4j instance. Started through `setsid`, so this shell leads a new process group that holds
# the JVM and nothing else: stopping the instance is one signal to the group, and no terminal Ctrl+C reaches it.
# When an owner pid is given, the instance is stopped as soon as the owner is gone (even after a SIGKILL), so a
# crashed test host or CLI leaves no Neo4j behind.
# Once the instance has started (the owner creates the armed file after Neo4j first answered), a JVM that dies
# (kill -9, OutOfMemoryError) is started again after 1, 2, 4 ... s; after more than <max restarts> deaths within
# <window> seconds the supervisor gives up and exits, saying so. A JVM that dies during start-up is not restarted:
# the starter reports it with the log's tail.
#   usage: supervise.sh <neo4j launcher> <console log> <pid file> <owner pid or 0> <armed file> <max restarts> <window s>
set -u
launcher=$1 console_log=$2 pid_file=$3 owner_pid=$4 armed_file=$5 max_restarts=$6 window=$7

exec </dev/null >>"$console_log" 2>&1
# Everything Neo4j writes (the store, data/dbms/auth with the password hash, logs) is for the owner only.
umask 077
echo $$ >"$pid_file"

say() { echo "supervise.sh: $(date -u +%Y-%m-%dT%H:%M:%SZ) $*"; }

jvm=
stop_jvm() {
  [ -n "$jvm" ] && kill -TERM "$jvm" 2>/dev/null
  for _ in $(seq 1 150); do
    { [ -z "$jvm" ] || ! kill -0 "$jvm" 2>/dev/null; } && exit 0
    sleep 0.2
  done
  say "Neo4j did not stop within 30 s of SIGTERM; killing it."
  kill -KILL "$jvm" 2>/dev/null
  exit 0
}
trap stop_jvm TERM INT HUP

# Sleeps in the background so a signal interrupts `wait` and runs the trap at once; stops Neo4j when the owner is gone.
pause() {
  if [ "$owner_pid" != 0 ] && ! kill -0 "$owner_pid" 2>/dev/null; then
    say "owner process $owner_pid is gone; stopping Neo4j."
    stop_jvm
  fi
  sleep "$1" &
  wait $!
}

deaths=()
while true; do
  "$launcher" console &
  jvm=$!
  while kill -0 "$jvm" 2>/dev/null; do
    pause 1
  done
  wait "$jvm"
  status=$?
  jvm=
  if [ ! -e "$armed_file" ]; then
    exit "$status"
  fi

  now=$(date +%s)
  recent=()
  for at in "${deaths[@]+"${deaths[@]}"}"; do
    [ $((now - at)) -lt "$window" ] && recent+=("$at")
  done
  deaths=("${recent[@]+"${recent[@]}"}" "$now")
  if [ "${#deaths[@]}" -gt "$max_restarts" ]; then
    say "Neo4j died (exit status $status) ${#deaths[@]} times within ${window} s; giving up: it stays stopped. See logs/debug.log, then start it again."
    rm -f "$armed_file"
    exit "$status"
  fi

  delay=$((1 << (${#deaths[@]} - 1)))
  say "Neo4j died (exit status $status); restarting it in ${delay} s (restart ${#deaths[@]} of at most ${max_restarts} within ${window} s)."
  pause "$delay"
  say "restarting Neo4j."
done
