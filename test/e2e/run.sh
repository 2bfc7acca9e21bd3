#!/usr/bin/env bash
# Real-editor end-to-end tests (npm run test:e2e; part of npm test and so of CI).
#  1. installs what it needs (test/e2e/install.sh: apt + code-server into .cache/e2e; a warm machine skips it)
#  2. packages the extension with `npm run package` and checks the .vsix contents
#  3. installs the .vsix into a throw-away code-server profile, starts code-server on 127.0.0.1 and
#     runs the extension-host integration suite (test/e2e/suite/) inside its real extension host
#  4. opens a copy of examples/ there and drives Debian Chromium with playwright-core (journeys.ts),
#     then the same in Korean on a second code-server (--locale ko)
#  5. attaches the language server to headless Neovim over stdio (nvim-check.lua)
# Prints one line per journey/test and ends with "e2e: N passed, N failed, N skipped"; exit code 1 on any failure.
# Screenshots, logs and JSON results: test-results/e2e/.
# Env: ONLY=journeys,exthost,nvim,vsix,korean (subset), JOURNEYS=0,1,... , STEP_TIMEOUT_MS (default 30000),
#      ONLY=fixall-probe: instead of the extension-host suite, measure how often VS Code's own Fix All is lost
#      right after a quick fix (test/e2e/suite/fixAllProbe.ts; only when named, never in a full run; takes
#      ~6 min, so also TEST_TIMEOUT_MS=900000),
#      E2E_HOME (install dir, default .cache/e2e), KEEP_WORK=1 (keep the temp workspace/profile).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/test/e2e"
cd "$ROOT"
T0=$SECONDS
log() { echo "[e2e +$((SECONDS - T0))s] $*"; }
OUT="$ROOT/test-results/e2e"
rm -rf "$OUT"; mkdir -p "$OUT"
export OUT_DIR="$OUT"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/kpc-e2e.XXXXXX")"
RESULTS="$WORK/results.txt"; : > "$RESULTS"
CS_PID=""
# shellcheck source=lib.sh
source "$HERE/lib.sh"
export E2E_HOME="${E2E_HOME:-$ROOT/.cache/e2e}"
cleanup() { stop_code_server; [ "${KEEP_WORK:-0}" = 1 ] || rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
want() { [ -z "${ONLY:-}" ] || [[ ",$ONLY," == *",$1,"* ]]; }
# The Fix All probe is a measurement: it runs only when ONLY names it (the extension host reads the variable).
if [[ ",${ONLY:-}," == *",fixall-probe,"* ]]; then export KPC_FIXALL_PROBE=1; else unset KPC_FIXALL_PROBE; fi
# record SUITE PASSED FAILED SKIPPED
record() { echo "$1 $2 $3 ${4:-0}" >> "$RESULTS"; }
# runs a node/bash runner, streams its output, then reads its "summary <suite>: P passed, F failed, S skipped" line
run_suite() {  # $1 = suite name, rest = command
  local name="$1"; shift
  local logf="$WORK/$name.out"
  "$@" 2>&1 | tee "$logf"
  local rc=${PIPESTATUS[0]}
  local line; line="$(grep -E "^summary $name: [0-9]+ passed, [0-9]+ failed" "$logf" | tail -1)"
  if [ -n "$line" ]; then
    read -r p f s < <(echo "$line" | sed -E 's/^summary [^:]+: ([0-9]+) passed, ([0-9]+) failed(, ([0-9]+) skipped)?.*/\1 \2 \4/')
    record "$name" "$p" "$f" "${s:-0}"
    if [ "$rc" != 0 ] && [ "$f" = 0 ]; then echo "FAIL  $name: runner exited $rc"; record "$name-runner" 0 1; fi
  else
    echo "FAIL  $name: runner exited $rc without a summary line"; record "$name" 0 1
  fi
}

log "install (idempotent)"
if ! bash "$HERE/install.sh"; then
  echo "FAIL  install: test/e2e/install.sh failed"; echo "e2e: 0 passed, 1 failed, 0 skipped"; exit 1
fi
# shellcheck disable=SC1091
source "$E2E_HOME/env.sh"
export CHROMIUM

log "package the extension (npm run package)"
if ! package_vsix "$OUT/package.log"; then
  echo "FAIL  package: npm run package failed (log: $OUT/package.log)"; echo "e2e: 0 passed, 1 failed, 0 skipped"; exit 1
fi
if want vsix; then run_suite vsix node "$HERE/vsix-contents.mjs" "$VSIX"; fi

code_server_cmd "$WORK/user-data" "$WORK/extensions"
cp "$HERE/settings.json" "$WORK/user-data/User/settings.json"
log "install the .vsix into a throw-away profile"
if ! "${CS[@]}" --install-extension "$VSIX" > "$OUT/install-extension.log" 2>&1; then
  cat "$OUT/install-extension.log"; echo "FAIL  install-extension"; echo "e2e: 0 passed, 1 failed, 0 skipped"; exit 1
fi
EXT_INSTALLED="$(find "$WORK/extensions" -maxdepth 1 -type d -name 'kafka-producer-config.kafka-producer-config-*' | head -1)"
export EXT_INSTALLED

PORT_EN="$(free_port)"
log "start code-server on 127.0.0.1:$PORT_EN"
if ! start_code_server "$PORT_EN" "$OUT/code-server.log"; then
  echo "FAIL  code-server did not start"; echo "e2e: 0 passed, 1 failed, 0 skipped"; exit 1
fi
export CODE_SERVER_URL
log "code-server pid $CS_PID at $CODE_SERVER_URL"

# The extension-host suite runs first on this code-server: right after another window closed, code-server
# sometimes opened its multi-root window without folders (see ext-tests.ts).
if want exthost || [ "${KPC_FIXALL_PROBE:-}" = 1 ]; then
  log "bundle the extension-host suite"
  if node "$HERE/build-suite.mjs" "$WORK/suite.js" > "$OUT/build-suite.log" 2>&1; then
    cp -r "$ROOT/examples" "$WORK/ws-ext"
    # A multi-root window: the examples, and a second folder whose own settings target Kafka 3.2.
    mkdir -p "$WORK/ws-ext-b/.vscode" "$WORK/ws-ext-b/legacy"
    printf '{ "kafkaProducerConfig.kafkaVersion": "3.2" }\n' > "$WORK/ws-ext-b/.vscode/settings.json"
    printf 'bootstrap.servers=localhost:9092\nkey.serializer=org.apache.kafka.common.serialization.StringSerializer\nvalue.serializer=org.apache.kafka.common.serialization.StringSerializer\npartitioner.ignore.keys=true\n' > "$WORK/ws-ext-b/legacy/producer.config"
    printf '{ "folders": [ { "path": "ws-ext" }, { "path": "ws-ext-b" } ] }\n' > "$WORK/ws-ext.code-workspace"
    WORKSPACE="$WORK/ws-ext.code-workspace" EXT_DEV_PATH="$EXT_INSTALLED" EXT_TESTS_PATH="$WORK/suite.js" \
      run_suite exthost node --import tsx "$HERE/ext-tests.ts"
  else
    cat "$OUT/build-suite.log"; echo "FAIL  exthost: could not bundle the suite"; record exthost 0 1
  fi
fi

if want journeys; then
  cp -r "$ROOT/examples" "$WORK/ws-ui"
  WORKSPACE="$WORK/ws-ui" run_suite journeys node --import tsx "$HERE/journeys.ts"
fi
stop_code_server

if want korean; then
  # code-server --locale ko only switches VS Code's display language when a Korean language pack is
  # installed (otherwise vscode.env.language stays "en"). The real pack is not reachable offline, so a
  # stub pack (test/e2e/ko-pack: declares "ko", translates nothing of VS Code itself) is installed and
  # registered in languagepacks.json, as VS Code's language-pack service would. The workbench chrome
  # stays English; the extension's own Korean strings (hover, diagnostics, commands) are under test.
  KO_OK=1
  (cd "$HERE/ko-pack" && "$ROOT/node_modules/.bin/vsce" package --allow-missing-repository --skip-license -o "$WORK/ko-pack.vsix") > "$OUT/ko-pack.log" 2>&1 \
    && "${CS[@]}" --install-extension "$WORK/ko-pack.vsix" >> "$OUT/ko-pack.log" 2>&1 || KO_OK=0
  KO_DIR="$(find "$WORK/extensions" -maxdepth 1 -type d -name 'kpc-e2e.kpc-e2e-korean-display-language-*' | head -1)"
  if [ "$KO_OK" = 1 ] && [ -n "$KO_DIR" ]; then
    cat > "$WORK/user-data/languagepacks.json" <<JSON
{"ko":{"hash":"kpce2e$(date +%s)","extensions":[{"extensionIdentifier":{"id":"kpc-e2e.kpc-e2e-korean-display-language"},"version":"0.0.1"}],"translations":{"vscode":"$KO_DIR/translations/main.i18n.json"},"label":"한국어"}}
JSON
  fi
  PORT_KO="$(free_port)"
  log "start code-server --locale ko on 127.0.0.1:$PORT_KO"
  if [ "$KO_OK" = 1 ] && start_code_server "$PORT_KO" "$OUT/code-server-ko.log" --locale ko; then
    export CODE_SERVER_URL
    cp -r "$ROOT/examples" "$WORK/ws-ko"
    WORKSPACE="$WORK/ws-ko" run_suite korean node --import tsx "$HERE/journeys.ts" --korean
  else
    echo "FAIL  korean: code-server --locale ko did not start"; record korean 0 1
  fi
  stop_code_server
fi

if want nvim; then
  cp -r "$ROOT/examples" "$WORK/ws-nvim"
  run_suite nvim bash "$HERE/nvim-check.sh" "$WORK/ws-nvim/producer.config"
fi

P=$(awk '{s+=$2} END {print s+0}' "$RESULTS"); F=$(awk '{s+=$3} END {print s+0}' "$RESULTS"); S=$(awk '{s+=$4} END {print s+0}' "$RESULTS")
log "done in $((SECONDS - T0))s; results in test-results/e2e/ ($S skipped)"
echo "e2e: $P passed, $F failed, $S skipped"
[ "$F" = 0 ]
