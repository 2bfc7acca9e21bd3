#!/usr/bin/env bash
# npm run editor: brings up a real VS Code (code-server, VS Code 1.100 in the browser) with the extension
# freshly built and packaged, opened on examples/, and prints the URL. Runs in the foreground; Ctrl+C
# stops code-server (its whole process group).
# Installs what it needs on first use (test/e2e/install.sh: apt packages + code-server into .cache/e2e).
# The profile (settings, extensions) persists in .cache/editor/. Env: PORT (default 8080), HOST (default 127.0.0.1).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PORT="${PORT:-8080}"
HOST="${HOST:-127.0.0.1}"
PROFILE="$ROOT/.cache/editor"
CS_PID=""
# shellcheck source=../test/e2e/lib.sh
source "$ROOT/test/e2e/lib.sh"

export E2E_HOME="${E2E_HOME:-$ROOT/.cache/e2e}"
bash "$ROOT/test/e2e/install.sh"
# shellcheck disable=SC1091
source "$E2E_HOME/env.sh"

echo "[editor] building and packaging the extension (npm run package)"
mkdir -p "$PROFILE"
package_vsix "$PROFILE/package.log"
code_server_cmd "$PROFILE/user-data" "$PROFILE/extensions"
[ -f "$PROFILE/user-data/User/settings.json" ] || cp "$ROOT/test/e2e/settings.json" "$PROFILE/user-data/User/settings.json"
"${CS[@]}" --install-extension "$VSIX" --force >"$PROFILE/install-extension.log" 2>&1 \
  || { cat "$PROFILE/install-extension.log"; exit 1; }
echo "[editor] installed $(basename "$VSIX") into $PROFILE/extensions"

if curl -fs -o /dev/null "http://$HOST:$PORT/healthz" 2>/dev/null; then
  echo "[editor] something already answers on $HOST:$PORT; set PORT=<free port>" >&2; exit 1
fi
trap 'stop_code_server' EXIT
trap 'echo; echo "[editor] stopping code-server"; exit 0' INT TERM
CS_HOST="$HOST" start_code_server "$PORT" "$PROFILE/code-server.log"
URL="http://$HOST:$PORT/?folder=$(node -e 'process.stdout.write(encodeURIComponent(process.argv[1]))' "$ROOT/examples")"
echo
echo "  Kafka Producer Config in VS Code (code-server $(node "$CODE_SERVER" --version | head -1 | cut -d' ' -f1)):"
echo "  $URL"
echo
echo "  Open producer.config: the misspelled keys are underlined; hover them, press Ctrl+. to fix."
echo "  Log: $PROFILE/code-server.log. Press Ctrl+C to stop."
wait "$CS_PID"
