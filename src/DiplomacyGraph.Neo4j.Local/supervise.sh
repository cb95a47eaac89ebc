#!/usr/bin/env bash
# Supervises one Neo4j instance. Started through `setsid`, so this shell leads a new process group that holds
# the JVM and nothing else: stopping the instance is one signal to the group, and no terminal Ctrl+C reaches it.
# When an owner pid is given, the instance is stopped as soon as the owner is gone (even after a SIGKILL), so a
# crashed test host or CLI leaves no Neo4j behind.
#   usage: supervise.sh <neo4j launcher> <console log> <pid file> <owner pid or 0>
set -u
launcher=$1 console_log=$2 pid_file=$3 owner_pid=$4

exec </dev/null >>"$console_log" 2>&1
# Everything Neo4j writes (the store, data/dbms/auth with the password hash, logs) is for the owner only.
umask 077
echo $$ >"$pid_file"

"$launcher" console &
jvm=$!

stop_jvm() {
  kill -TERM "$jvm" 2>/dev/null
  for _ in $(seq 1 150); do
    kill -0 "$jvm" 2>/dev/null || exit 0
    sleep 0.2
  done
  echo "supervise.sh: Neo4j did not stop within 30 s of SIGTERM; killing it."
  kill -KILL "$jvm" 2>/dev/null
  exit 0
}
trap stop_jvm TERM INT HUP

if [ "$owner_pid" = 0 ]; then
  wait "$jvm"
  exit $?
fi

while kill -0 "$jvm" 2>/dev/null; do
  if ! kill -0 "$owner_pid" 2>/dev/null; then
    echo "supervise.sh: owner process $owner_pid is gone; stopping Neo4j."
    stop_jvm
  fi
  # Sleep in the background so a signal interrupts `wait` and runs the trap at once.
  sleep 1 &
  wait $!
done
wait "$jvm"
