#!/usr/bin/env bash
# The README's two commands as a fresh machine with nothing but a JDK sees them.
#
#   .ci/fresh-machine.sh                 clean clone of HEAD, then `./mvnw spring-boot:run` (until
#                                        /actuator/health is UP) and `./mvnw verify`, checked and timed
#   .ci/fresh-machine.sh --exec CMD...   run CMD here in the same fresh-machine conditions (for debugging)
#
# Fresh-machine conditions (needs root, as in CI): a new network namespace with only loopback, so no
# PostgreSQL, Redis or anything else on this machine is reachable, and Maven runs offline (-o) from the
# already-filled ~/.m2 (a real fresh machine downloads the same artifacts); a new mount namespace in which the
# OS tools the tests can use (espeak-ng, opusenc, lame, caddy, docker-compose, chromium, pg_dump/pg_restore) and the database/cache servers are
# covered by an empty non-executable file, so PATH look-ups, ProcessBuilder and the tests' @RequiresTool
# all see them as absent; a minimal environment (no KOTO_* variables).
#
# Checks: the app becomes healthy in Vaadin production mode with a quiet start-up log; verify passes;
# the tests that need a hidden tool are reported as skipped by @RequiresTool and nothing else is skipped.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
java_home=${JAVA_HOME:-}
[ -z "$java_home" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ] && java_home=/usr/lib/jvm/temurin-25-jdk-amd64
hidden_tools=(espeak-ng opusenc lame caddy docker-compose chromium redis-server redis-cli psql pg_dump pg_restore pg_ctl pg_ctlcluster postgres)

log() { printf '[fresh-machine] %s\n' "$*"; }
fail() { printf '[fresh-machine] FAILED: %s\n' "$*" >&2; exit 1; }

# --- inside the namespaces ------------------------------------------------------------------------------
isolate() {
  ip link set lo up
  local blank
  blank=$(mktemp /tmp/koto-absent.XXXXXX)
  chmod 0644 "$blank"
  for t in "${hidden_tools[@]}"; do
    local p
    p=$(command -v "$t" 2>/dev/null) || continue
    p=$(readlink -f "$p")
    mount --bind "$blank" "$p"
  done
  # Debian's versioned PostgreSQL programs (/usr/lib/postgresql/<major>/bin) too
  [ -d /usr/lib/postgresql ] && mount -t tmpfs -o ro,size=1m none /usr/lib/postgresql
  for t in "${hidden_tools[@]}"; do
    [ -x "$(command -v "$t" 2>/dev/null || echo /nonexistent)" ] && fail "$t is still executable"
  done
  return 0
}

fresh_env() {
  env -i HOME="$HOME" LANG=C.UTF-8 TERM=dumb JAVA_HOME="$java_home" \
    PATH="$java_home/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" "$@"
}

run_app() {
  local dir=$1 started pid health=""
  started=$(date +%s)
  cd "$dir"
  # own process group, so that stopping it stops Maven and the app JVM it forked
  setsid env -i HOME="$HOME" LANG=C.UTF-8 TERM=dumb JAVA_HOME="$java_home" \
    PATH="$java_home/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    ./mvnw -o -B -ntp spring-boot:run >"$dir/run.log" 2>&1 </dev/null &
  pid=$!
  for _ in $(seq 1 600); do
    health=$(curl -s -m 2 http://127.0.0.1:8080/actuator/health || true)
    case $health in *'"status":"UP"'*) break ;; esac
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  run_seconds=$(( $(date +%s) - started ))
  # the start-up log as it stood when the app became healthy (stopping it below adds Maven's exit report)
  cp "$dir/run.log" "$dir/startup.log"
  local login
  login=$(curl -s -m 5 http://127.0.0.1:8080/login || true)
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  case $health in *'"status":"UP"'*) ;; *) tail -40 "$dir/run.log"; fail "the app did not become healthy ($health)" ;; esac
  grep -q "Vaadin is running in production mode" "$dir/run.log" || fail "spring-boot:run is not in Vaadin production mode"
  case $login in *vaadin-dev-tools*|*devTools*) fail "the console page still loads Vaadin's dev tools" ;; esac
  # start-up log a newcomer would not worry about: no JDK warnings, no Vaadin legacy-folder warning, no
  # Liquibase lock probe, no ERROR; the only WARN is the one-time admin password banner
  local noise
  noise=$(grep -nE "sun\.misc\.Unsafe|legacy frontend directory|databasechangeloglock|ERROR|Exception| WARN |WARNING" "$dir/startup.log" \
    | grep -v "BootstrapAdmin" || true)
  [ -z "$noise" ] || { echo "$noise"; fail "alarming lines in the start-up log (above)"; }
  log "spring-boot:run: healthy in ${run_seconds}s (Vaadin production mode, quiet log)"
}

run_verify() {
  local dir=$1 started rc=0
  started=$(date +%s)
  cd "$dir"
  fresh_env ./mvnw -o -B -ntp verify >"$dir/verify.log" 2>&1 </dev/null || rc=$?
  verify_seconds=$(( $(date +%s) - started ))
  grep -E "Tests run:|BUILD" "$dir/verify.log" | tail -3
  [ "$rc" -eq 0 ] || { grep -E "FAIL|ERROR" "$dir/verify.log" | head -40; fail "./mvnw verify exited $rc"; }
  # every skip must come from @RequiresTool (its reason starts with "needs <tool>"), and with the tools
  # hidden there must be some
  python3 - "$dir/target/surefire-reports" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
skipped, other, total = [], [], 0
for f in glob.glob(sys.argv[1] + "/TEST-*.xml"):
    for case in ET.parse(f).getroot().iter("testcase"):
        total += 1
        s = case.find("skipped")
        if s is not None:
            msg = s.get("message") or ""
            (skipped if msg.startswith("needs ") else other).append(f"{case.get('classname')}.{case.get('name')}: {msg}")
for line in skipped:
    print("  skipped (tool):", line)
if other:
    print("\n".join("  skipped (NOT a tool requirement): " + l for l in other))
    sys.exit(1)
if not skipped:
    print("  no test was skipped although the tools are hidden")
    sys.exit(1)
print(f"  {total} tests, {len(skipped)} skipped for a missing tool, none skipped otherwise")
PY
  log "verify: passed in ${verify_seconds}s"
}

inside() {
  local dir=$1
  isolate
  run_app "$dir"
  run_verify "$dir"
  log "times: spring-boot:run ${run_seconds}s to healthy, verify ${verify_seconds}s"
}

# --- entry ----------------------------------------------------------------------------------------------
case "${1:-}" in
  --inside)
    inside "$2"
    ;;
  --exec-inside)
    shift
    isolate
    fresh_env "$@"
    ;;
  --exec)
    shift
    [ "$(id -u)" -eq 0 ] || fail "needs root for the network and mount namespaces"
    exec unshare --net --mount --fork bash "$0" --exec-inside "$@"
    ;;
  "")
    [ "$(id -u)" -eq 0 ] || fail "needs root for the network and mount namespaces"
    [ -n "$java_home" ] || fail "no JDK: set JAVA_HOME"
    work=$(mktemp -d /tmp/koto-fresh.XXXXXX)
    git clone -q --no-hardlinks "$here" "$work/koto"
    log "clean clone of $(git -C "$work/koto" rev-parse --short HEAD) in $work/koto"
    unshare --net --mount --fork bash "$work/koto/.ci/fresh-machine.sh" --inside "$work/koto"
    rm -rf "$work"
    ;;
  *)
    fail "unknown argument $1"
    ;;
esac
