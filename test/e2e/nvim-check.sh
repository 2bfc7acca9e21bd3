#!/usr/bin/env bash
# Neovim smoke test: the language server serves any LSP client. Attaches `node dist/server.js --stdio`
# to a copy of examples/producer.config in headless Neovim and checks the three unknown-key
# diagnostics come back (warnings: Kafka ignores unknown keys) (enavle.idempotence, max.in.flight.request.per.connection, retriess).
# Usage: bash test/e2e/nvim-check.sh /tmp/copy/producer.config
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FILE="$1"
OUTF="$(mktemp)"
t0=$(date +%s%N)
KPC_SERVER="$ROOT/dist/server.js" KPC_FILE="$FILE" timeout 60 nvim --headless --clean -n \
  -c "luafile $ROOT/test/e2e/nvim-check.lua" > "$OUTF" 2>&1
rc=$?
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
tr '\r' '\n' < "$OUTF" | sed '/^$/d' | sed 's/^/  nvim: /'
fail=""
[ "$rc" = 0 ] || fail="nvim exited $rc"
for key in 'enavle.idempotence' 'max.in.flight.request.per.connection' 'retriess'; do
  grep -E "^DIAG line=[0-9]+ col=[0-9]+ sev=[12] .*'$key'" "$OUTF" >/dev/null || fail="${fail:+$fail; }no error/warning diagnostic naming '$key'"
done
rm -f "$OUTF"
if [ -z "$fail" ]; then
  echo "ok    nvim › headless Neovim 0.7 gets the three unknown-key diagnostics over stdio (${ms} ms)"
  echo "summary nvim: 1 passed, 0 failed, 0 skipped"
else
  echo "FAIL  nvim › headless Neovim gets the three unknown-key diagnostics over stdio: $fail"
  echo "summary nvim: 0 passed, 1 failed, 0 skipped"; exit 1
fi
