# Shared bash helpers for test/e2e/run.sh and scripts/editor.sh (source it; needs ROOT set).
# shellcheck shell=bash

# Packages the extension with the project's own `npm run package` into $ROOT/kafka-producer-config.vsix.
package_vsix() {  # $1 = log file
  (cd "$ROOT" && npm run --silent package >"$1" 2>&1) || { cat "$1"; return 1; }
  VSIX="$ROOT/kafka-producer-config.vsix"
}

# code_server_cmd USER_DATA_DIR EXTENSIONS_DIR -> fills the CS array (node entry.js + flags)
code_server_cmd() {
  mkdir -p "$1/User" "$2"
  [ -f "$1/config.yaml" ] || : > "$1/config.yaml"   # keeps code-server from writing ~/.config/code-server/config.yaml
  CS=(node "$CODE_SERVER" --config "$1/config.yaml" --user-data-dir "$1" --extensions-dir "$2"
      --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override)
}

free_port() { node -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

# start_code_server PORT LOGFILE [extra flags...] (host: CS_HOST, default 127.0.0.1): starts CS in its own process group (setsid),
# sets CS_PID and CODE_SERVER_URL, waits (condition, bounded) for /healthz.
start_code_server() {
  local port="$1" logf="$2"; shift 2
  local host="${CS_HOST:-127.0.0.1}"
  setsid "${CS[@]}" --bind-addr "$host:$port" --auth none "$@" >"$logf" 2>&1 &
  CS_PID=$!
  CODE_SERVER_URL="http://$host:$port"
  local end=$((SECONDS + 60))
  until curl -fs -o /dev/null "$CODE_SERVER_URL/healthz"; do
    if ! kill -0 "$CS_PID" 2>/dev/null; then echo "code-server exited; log:"; tail -30 "$logf"; return 1; fi
    if [ $SECONDS -gt $end ]; then echo "code-server did not answer /healthz within 60 s"; tail -30 "$logf"; return 1; fi
    sleep 0.2
  done
}

# Ends exactly the process group code-server was started in (a plain kill leaves the server child running).
stop_code_server() {
  if [ -n "${CS_PID:-}" ]; then
    kill -- "-$CS_PID" 2>/dev/null || true
    wait "$CS_PID" 2>/dev/null || true
    CS_PID=""
  fi
}
