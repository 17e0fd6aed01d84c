#!/usr/bin/env bash
# K Gatling injectors on ONE key, on 127.0.0.1: one stub, one Redis, one exact limit shared through Redis.
# Each injector is its own JVM (mvn gatling:test -Datera.redis=... -Datera.injector=i/K -Dgatling.noReports=true)
# and judges its own Gatling assertions; their K simulation.log files are then merged (atera-harness merge-gatling)
# into ONE run folder and rendered as ONE Gatling report (Gatling's reports-only mode), and the stub's single
# arrival log is judged ONCE (atera-harness check). Exits non-zero if an injector, the merge, the report or the
# verdict fails.
#
#   .ci/multi-injector.sh [K] [SIMULATION_CLASS]      (defaults: 2, FullSyncSimulation)
#   env: ATERA_LIMIT=70 ATERA_WINDOW=6s ATERA_DURATION=30s STUB_PORT=18080 REDIS_PORT=16379
#
# On K machines: run Redis and the stub on one host (bind them to an address the injectors reach), then on machine i
#   ATERA_API_KEY=<the stub's key> mvn gatling:test -Dgatling.noReports=true -Datera.baseUrl=http://STUB:PORT/api/v3 \
#       -Datera.redis=redis://REDIS:6379 -Datera.injector=i/K -Datera.limit=.. -Datera.window=..
# After every injector has ended: judge the stub's --arrivals-log once with atera-harness check; gather the K
# reports/gatling/<run>/simulation.log files on one machine (same Gatling version everywhere; the merge refuses a
# mix), then
#   java -jar target/atera-harness.jar merge-gatling --no-assertions --out reports/gatling/combined LOG1 ... LOGK
#   mvn gatling:test -Dgatling.reportsOnly=combined       (the report: reports/gatling/combined/index.html)
# Times in the combined report come from each machine's own clock: keep the injectors' clocks in sync (NTP).
# --no-assertions: each injector already judged its assertions, several of which count per injector (e.g. 'worker
# done' is exactly atera.workers), so on the sum of K runs they would fail.
set -euo pipefail
cd "$(dirname "$0")/.."

K=${1:-2}
SIM=${2:-dev.ateraharness.simulations.FullSyncSimulation}
LIMIT=${ATERA_LIMIT:-70}
WINDOW=${ATERA_WINDOW:-6s}
DURATION=${ATERA_DURATION:-30s}
STUB_PORT=${STUB_PORT:-18080}
REDIS_PORT=${REDIS_PORT:-16379}
STAMP=$(date -u +%Y%m%d%H%M%S)
RUN="reports/multi-injector/$STAMP"
mkdir -p "$RUN"
# a fresh key for this run, known to the stub and the injectors only (never an argument, never printed)
ATERA_API_KEY="multi-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
export ATERA_API_KEY

echo "== build: jar and test classes"
mvn -B -q -o package -DskipTests
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

wait_port() {
  for _ in $(seq 1 150); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.2
  done
  echo "nothing listens on 127.0.0.1:$1" >&2
  return 1
}

echo "== redis on 127.0.0.1:$REDIS_PORT"
if command -v redis-server >/dev/null; then
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no > "$RUN/redis.out" 2>&1 &
else
  java -cp "target/test-classes:$(cat target/test-classpath.txt)" dev.ateraharness.client.limit.RedisProcess \
    "$REDIS_PORT" > "$RUN/redis.out" 2>&1 &
fi
pids+=($!)
wait_port "$REDIS_PORT"

echo "== stub on 127.0.0.1:$STUB_PORT ($LIMIT per $WINDOW)"
java -jar target/atera-harness.jar stub --port "$STUB_PORT" --limit "$LIMIT" --window "$WINDOW" \
  --arrivals-log "$RUN/arrivals.csv" > "$RUN/stub.out" 2>&1 &
STUB_PID=$!
pids+=($STUB_PID)
wait_port "$STUB_PORT"

before=$(ls -1d reports/gatling/*/ 2>/dev/null | sort || true)
echo "== $K injectors of $SIM on one key"
inj=()
for i in $(seq 1 "$K"); do
  mvn -B -o gatling:test -Dgatling.simulationClass="$SIM" -Dgatling.noReports=true \
    -Datera.baseUrl="http://127.0.0.1:$STUB_PORT/api/v3" -Datera.redis="redis://127.0.0.1:$REDIS_PORT" \
    -Datera.injector="$i/$K" -Datera.limit="$LIMIT" -Datera.window="$WINDOW" -Datera.duration="$DURATION" \
    > "$RUN/injector-$i.log" 2>&1 &
  inj+=($!)
  sleep 2 # distinct Gatling run folders
done
failed=0
for i in $(seq 1 "$K"); do
  if ! wait "${inj[$((i-1))]}"; then
    echo "injector $i/$K failed: see $RUN/injector-$i.log" >&2
    failed=1
  fi
done

echo "== stop the stub (it writes its arrival log)"
kill -TERM "$STUB_PID"
wait "$STUB_PID" || true

echo "== one Gatling report of the $K injectors"
runs=()
for d in $(comm -13 <(echo "$before") <(ls -1d reports/gatling/*/ | sort)); do
  [[ -f "$d/simulation.log" ]] && runs+=("${d%/}")
done
COMBINED="multi-injector-$STAMP"
if [[ "${#runs[@]}" -ne "$K" ]]; then
  echo "found ${#runs[@]} Gatling run folders with a simulation.log, expected $K" >&2
  failed=1
elif ! java -jar target/atera-harness.jar merge-gatling --no-assertions --out "reports/gatling/$COMBINED" \
    "${runs[@]}" | tee "$RUN/merge.out"; then
  echo "merging the $K simulation.log files failed" >&2
  failed=1
elif ! mvn -B -o gatling:test -Dgatling.reportsOnly="$COMBINED" > "$RUN/report.log" 2>&1 \
    || [[ ! -f "reports/gatling/$COMBINED/index.html" ]]; then
  echo "Gatling's reports-only mode failed: see $RUN/report.log" >&2
  failed=1
else
  # the combined report's request counts (Gatling's console table: total | OK | KO) beside each injector's own
  for i in $(seq 1 "$K"); do
    echo "injector $i/$K: $(grep -E '^> Global' "$RUN/injector-$i.log" | tail -1)"
  done
  echo "combined: $(grep -E '^> request count' "$RUN/report.log" | tail -1)"
fi

echo "== one verdict over the stub's single arrival log"
if ! java -jar target/atera-harness.jar check --arrivals "$RUN/arrivals.csv" --limit "$LIMIT" --window "$WINDOW" \
    --out "$RUN/verdict"; then
  failed=1
fi
echo "== reports: reports/gatling/$COMBINED/index.html (one Gatling report of $K injectors), $RUN/verdict/ (the one verdict)"
exit "$failed"
