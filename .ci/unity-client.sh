#!/usr/bin/env bash
# Unity client CI: compiles the protocol library (mcs, warnings as errors), runs its NUnit tests, then starts the
# server jar built by `./mvnw verify` (target/koto-*.jar) on a fresh data dir and plays the café lesson against it
# with Tools~/SmokeTest. Prints "N passed, N failed" for the NUnit run. Exits non-zero on any failure.
# Called by .ci/run after the Maven build; runs alone too (needs a built jar, Java 21+, and apt for missing tools).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CLIENT=$ROOT/unity-client

if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  export PATH="$JAVA_HOME/bin:$PATH"
fi

# tools: mono-devel (mcs, mono), nunit-console (NUnit 2.6), espeak-ng (the voice answer); installed only when missing
need=()
command -v mcs >/dev/null 2>&1 || need+=(mono-devel)
command -v nunit-console >/dev/null 2>&1 || need+=(nunit-console)
command -v espeak-ng >/dev/null 2>&1 || need+=(espeak-ng)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
NUNIT_DLL=$(ls /usr/lib/cli/nunit.framework-2.6*/nunit.framework.dll 2>/dev/null | head -1)
[ -n "$NUNIT_DLL" ] || { echo "nunit.framework.dll not found under /usr/lib/cli" >&2; exit 1; }

WORK=$(mktemp -d /tmp/koto-unity-ci.XXXXXX)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# 1. compile: the references Unity's .NET Standard 2.1 profile also has; C# 6 + the 7.x subset mcs and Unity share
REFS="-r:System.dll -r:System.Core.dll -r:System.Net.Http.dll -r:System.Runtime.Serialization.dll -r:System.Xml.dll"
MCS="mcs -noconfig -langversion:7.2 -warnaserror+ -nologo"
echo "== compiling unity-client/Runtime/Protocol"
(cd "$CLIENT" && $MCS -target:library -out:"$WORK/Koto.Client.Protocol.dll" $REFS -recurse:'Runtime/Protocol/*.cs')
(cd "$CLIENT" && $MCS -target:library -out:"$WORK/Koto.Client.Tests.dll" $REFS -r:"$WORK/Koto.Client.Protocol.dll" -r:"$NUNIT_DLL" -recurse:'Tests/*.cs')
(cd "$CLIENT" && $MCS -target:exe -out:"$WORK/SmokeTest.exe" $REFS -r:"$WORK/Koto.Client.Protocol.dll" 'Tools~/SmokeTest/SmokeTest.cs')
if grep -rl "UnityEngine" "$CLIENT/Runtime/Protocol" >/dev/null 2>&1; then
  echo "Runtime/Protocol must not use UnityEngine" >&2; exit 1
fi
# Runtime/Unity and the sample: there is no UnityEngine.dll here, so they are type-checked against a hand-written
# stub of the Unity API they use (Tools~/UnityStubs), for the editor/desktop, WebGL and NativeWebSocket variants
echo "== type-checking unity-client/Runtime/Unity and Samples~ against Tools~/UnityStubs"
(cd "$CLIENT" && mcs -noconfig -langversion:7.2 -nologo -target:library -out:"$WORK/UnityEngine.dll" $REFS 'Tools~/UnityStubs/UnityEngineStubs.cs')
(cd "$CLIENT" && mcs -noconfig -langversion:latest -nologo -target:library -nowarn:1998,0618 -out:"$WORK/NativeWebSocket.dll" $REFS -recurse:'Tools~/NativeWebSocket/*.cs')
UNITY_REFS="$REFS -r:$WORK/Koto.Client.Protocol.dll -r:$WORK/UnityEngine.dll"
(cd "$CLIENT" && $MCS -target:library -out:"$WORK/u-editor.dll" $UNITY_REFS -recurse:'Runtime/Unity/*.cs')
(cd "$CLIENT" && $MCS -target:library -define:UNITY_WEBGL -out:"$WORK/u-webgl.dll" $UNITY_REFS -recurse:'Runtime/Unity/*.cs')
(cd "$CLIENT" && $MCS -target:library -define:UNITY_WEBGL -define:KOTO_NATIVEWEBSOCKET -out:"$WORK/u-webgl-nws.dll" $UNITY_REFS -r:"$WORK/NativeWebSocket.dll" -recurse:'Runtime/Unity/*.cs')
(cd "$CLIENT" && $MCS -target:library -define:KOTO_NATIVEWEBSOCKET -out:"$WORK/Koto.Client.Unity.dll" $UNITY_REFS -r:"$WORK/NativeWebSocket.dll" -recurse:'Runtime/Unity/*.cs')
(cd "$CLIENT" && $MCS -target:library -out:"$WORK/Koto.Samples.CafeScene.dll" $UNITY_REFS -r:"$WORK/Koto.Client.Unity.dll" -recurse:'Samples~/CafeScene/*.cs')
# the NativeWebSocket adapter needs no UnityEngine: build it for real, the smoke test plays through it too
(cd "$CLIENT" && $MCS -target:library -define:KOTO_NATIVEWEBSOCKET -out:"$WORK/Koto.Client.NativeWebSocket.dll" $REFS -r:"$WORK/Koto.Client.Protocol.dll" -r:"$WORK/NativeWebSocket.dll" 'Runtime/Unity/NativeWebSocketConnection.cs')

# Unity ignores assets without a .meta file in git-installed (immutable) packages
python3 "$CLIENT/Tools~/unity-meta.py" --check || { echo "unity-client: run python3 unity-client/Tools~/unity-meta.py" >&2; exit 1; }

# 2. NUnit
echo "== NUnit (protocol library)"
set +e
(cd "$WORK" && KOTO_FIXTURES="$CLIENT/Tests/Fixtures" nunit-console -nologo -xml="$WORK/nunit.xml" Koto.Client.Tests.dll > "$WORK/nunit.log" 2>&1)
NUNIT_RC=$?
set -e
total=$(grep -o 'total="[0-9]*"' "$WORK/nunit.xml" | head -1 | grep -o '[0-9]*' || echo 0)
failed=$(( $(grep -o ' failures="[0-9]*"' "$WORK/nunit.xml" | head -1 | grep -o '[0-9]*' || echo 0) \
         + $(grep -o ' errors="[0-9]*"' "$WORK/nunit.xml" | head -1 | grep -o '[0-9]*' || echo 0) ))
notrun=$(grep -o ' not-run="[0-9]*"' "$WORK/nunit.xml" | head -1 | grep -o '[0-9]*' || echo 0)
passed=$(( total - failed - notrun ))
echo "$passed passed, $failed failed"
if [ "$NUNIT_RC" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$total" -eq 0 ]; then
  grep -v '^  at ' "$WORK/nunit.log" | tail -40 >&2
  exit 1
fi

# 3. the server jar on a fresh data dir (embedded PostgreSQL), local STT stand-in served by the smoke program
JAR=$(ls "$ROOT"/target/koto-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
[ -n "$JAR" ] || { echo "no target/koto-*.jar: run ./mvnw verify (or package) first" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
PORT=$(free_port)
STT_PORT=$(free_port)
echo "== starting $(basename "$JAR") on port $PORT (data dir $WORK/data)"
(cd "$WORK" && KOTO_DATA_DIR="$WORK/data" PORT=$PORT KOTO_BOOTSTRAP_ADMIN_PASSWORD="ci-$(date +%s)-$RANDOM" \
  VAADIN_USAGE_STATS_ENABLED=false \
  exec java -Xmx512m -jar "$JAR" \
    --koto.gemini.api-key=local-stand-in \
    --koto.evaluation.use-model=false \
    --koto.gemini.base-url=http://127.0.0.1:$STT_PORT \
    --koto.speech.stt-provider=gemini \
    --koto.speech.tts-provider=espeak > "$WORK/server.log" 2>&1) &
SERVER_PID=$!
for i in $(seq 1 180); do
  if curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then tail -40 "$WORK/server.log" >&2; echo "the server exited" >&2; exit 1; fi
  sleep 1
  [ "$i" -eq 180 ] && { tail -40 "$WORK/server.log" >&2; echo "the server did not become healthy in 180 s" >&2; exit 1; }
done
echo "server healthy after ${i} s"

# 4. smoke: the café lesson over HTTP + WebSocket, once through each socket adapter (ClientWebSocket with the
#    token as ?access_token=, NativeWebSocket with a first {"type":"auth"} message)
for socket in client native; do
  auth=query; [ "$socket" = native ] && auth=message
  echo "== SmokeTest (café lesson against the live server, $socket socket adapter)"
  set +e
  (cd "$WORK" && timeout 300 mono SmokeTest.exe --server "http://localhost:$PORT" --socket "$socket" --auth "$auth" \
    --lesson-file "$ROOT/src/main/resources/content/demo/cafe-ordering.json" --fake-stt-port "$STT_PORT")
  SMOKE_RC=$?
  set -e
  if [ "$SMOKE_RC" -ne 0 ]; then
    echo "SmokeTest ($socket) failed (exit $SMOKE_RC); server log tail:" >&2
    tail -60 "$WORK/server.log" >&2
    exit 1
  fi
done
echo "unity-client: NUnit $passed passed, $failed failed; smoke test passed with both socket adapters"
