#!/usr/bin/env bash
# Installs what the real-editor e2e tests and `npm run editor` need, offline-safe (npm registry +
# Debian apt only), into the git-ignored .cache/e2e/ of the project:
#   apt:  chromium (driven by playwright-core) + fonts-nanum (Hangul glyphs for the Korean screenshots),
#         neovim (second LSP client), ripgrep (replaces
#         @vscode/ripgrep's GitHub download), libkrb5-dev + pkg-config + build tools (native modules)
#   npm:  code-server@4.100.3 (= VS Code 1.100.3, the last line that runs on Node 20), installed
#         with --ignore-scripts and its postinstall done by hand (see comments below)
# playwright-core itself is a devDependency of the project (npm ci installs it).
# Idempotent: a stamp file makes a warm machine skip everything (FORCE=1 to redo).
# Env: E2E_HOME (default <repo>/.cache/e2e), CODE_SERVER_VERSION (default 4.100.3), SKIP_APT=1.
# Adapted from a recipe measured on these machines (code-server offline, Debian Chromium).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
E2E_HOME="${E2E_HOME:-$ROOT/.cache/e2e}"
CS_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
STAMP="$E2E_HOME/.installed-code-server-$CS_VERSION-v1"
t0=$SECONDS
log() { echo "[install +$((SECONDS - t0))s] $*"; }

need_apt() {
  for c in chromium nvim rg pkg-config make g++ python3 curl; do command -v "$c" >/dev/null 2>&1 || return 0; done
  [ -f /usr/include/gssapi/gssapi.h ] || return 0
  [ -d /usr/share/fonts/truetype/nanum ] || return 0
  return 1
}

if [ "${SKIP_APT:-0}" != 1 ] && need_apt; then
  log "apt: chromium fonts-nanum neovim ripgrep libkrb5-dev pkg-config build tools"
  SUDO=(); [ "$(id -u)" = 0 ] || SUDO=(sudo -n)
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends \
    chromium fonts-nanum neovim ripgrep libkrb5-dev pkg-config python3 make g++ curl ca-certificates >/dev/null
fi

if [ -f "$STAMP" ] && [ -f "$E2E_HOME/env.sh" ] && [ "${FORCE:-0}" != 1 ]; then
  log "code-server $CS_VERSION already installed in $E2E_HOME"
  exit 0
fi

if [ ! -d "$ROOT/node_modules/playwright-core" ]; then
  echo "[install] playwright-core is missing: run 'npm ci' in $ROOT first" >&2; exit 1
fi

mkdir -p "$E2E_HOME/cs"
cd "$E2E_HOME/cs"
log "code-server@$CS_VERSION from npm (scripts off; postinstall done by hand)"
[ -f package.json ] || echo '{"name":"kpc-e2e-code-server","private":true}' > package.json
npm install --no-audit --no-fund --no-save --ignore-scripts "code-server@$CS_VERSION" >/dev/null
CSDIR="$E2E_HOME/cs/node_modules/code-server"
# code-server's own postinstall.sh = npm install in lib/vscode and lib/vscode/extensions + symlinks.
# Done by hand because (1) as root it demands --unsafe-perm, (2) @vscode/ripgrep downloads rg from
# GitHub (unreachable) unless bin/rg already exists, (3) node-pty runs `npx node-gyp`, which npm 11
# refuses without a TTY unless npm_config_yes=true.
cd "$CSDIR/lib/vscode"
npm install --no-audit --no-fund --omit=dev --ignore-scripts >/dev/null
mkdir -p node_modules/@vscode/ripgrep/bin && cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
log "building native modules (node-pty, spdlog, kerberos, @parcel/watcher...)"
npm_config_yes=true npm rebuild >/dev/null
rm -rf node_modules.asar && ln -s node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm_config_yes=true npm install --no-audit --no-fund --omit=dev >/dev/null)
# argon2 is required at startup even with --auth none; in 4.100.x it is node-pre-gyp, whose
# GitHub download fails here, so --fallback-to-build compiles it.
cd "$E2E_HOME/cs"
if [ -d node_modules/argon2 ]; then
  log "argon2 (compiled from source)"
  npm_config_yes=true npm rebuild argon2 >/dev/null 2>&1
fi
node "$CSDIR/out/node/entry.js" --version >/dev/null   # fails loudly if a native module is missing

cat > "$E2E_HOME/env.sh" <<ENV
export CODE_SERVER="$CSDIR/out/node/entry.js"
export CHROMIUM="\${CHROMIUM:-$(command -v chromium || echo /usr/bin/chromium)}"
ENV
touch "$STAMP"
log "done: code-server $(node "$CSDIR/out/node/entry.js" --version | head -1)"
du -sh "$E2E_HOME" | sed 's/^/[install] disk: /'
