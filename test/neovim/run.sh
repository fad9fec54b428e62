#!/usr/bin/env bash
# Neovim's built-in LSP client against the finnews server, headless, on a temporary copy of the seeds.
# Installs Neovim with apt if `nvim` is missing, builds the server, runs check.lua, checks its JSON.
# Usage: bash test/neovim/run.sh   (exit code 0 only if every check passes)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
nvim_timeout="${FINNEWS_NVIM_TIMEOUT:-120}"

if ! command -v nvim >/dev/null 2>&1; then
  echo "nvim not found; installing the Debian package neovim with apt-get"
  if [ "$(id -u)" -ne 0 ]; then
    echo "FAIL: nvim is missing and this is not root, so apt-get cannot install it" >&2
    exit 1
  fi
  if ! { timeout 600 apt-get install -y neovim || { timeout 600 apt-get update && timeout 600 apt-get install -y neovim; }; }; then
    echo "FAIL: apt-get install -y neovim failed" >&2
    exit 1
  fi
  command -v nvim >/dev/null 2>&1 || { echo "FAIL: neovim installed but nvim is not on PATH" >&2; exit 1; }
fi
nvim --version | head -n 1

(cd "$repo" && node esbuild.mjs --quiet)
server="$repo/server/out/server.js"
[ -f "$server" ] || { echo "FAIL: $server was not built" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/seeds" "$work/xdg/cache" "$work/xdg/state" "$work/xdg/data" "$work/xdg/config"
cp "$repo"/seeds/*.txt "$work/seeds/"
out="$work/result.json"

# Own XDG directories: no user config, shada or LSP log of this machine is read or written.
status=0
(
  cd "$work/seeds"
  XDG_CACHE_HOME="$work/xdg/cache" XDG_STATE_HOME="$work/xdg/state" \
  XDG_DATA_HOME="$work/xdg/data" XDG_CONFIG_HOME="$work/xdg/config" \
  FINNEWS_SERVER="$server" FINNEWS_OUT="$out" \
    timeout -k 5 "$nvim_timeout" nvim --headless -u NONE -i NONE -n -c "luafile $here/check.lua" </dev/null
) || status=$?
if [ "$status" -ne 0 ]; then
  echo "nvim exited with status $status$([ "$status" -eq 124 ] && echo " (timed out after ${nvim_timeout}s)")"
fi
if [ ! -s "$out" ]; then
  echo "FAIL: check.lua wrote no summary"
  for log in "$work"/xdg/*/nvim/lsp.log; do [ -f "$log" ] && { echo "--- $log"; tail -n 40 "$log"; }; done
  echo "0 passed, 1 failed"
  exit 1
fi

FINNEWS_OUT="$out" NVIM_STATUS="$status" node - <<'EOF'
const fs = require('node:fs');
const summary = JSON.parse(fs.readFileSync(process.env.FINNEWS_OUT, 'utf8'));
console.log(JSON.stringify(summary, null, 2));
let passed = 0;
let failed = 0;
const check = (name, ok, detail) => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : ` (${detail})`}`);
};
check('nvim exited 0 and check.lua reported no error', process.env.NVIM_STATUS === '0' && !summary.error,
  `status ${process.env.NVIM_STATUS}, error ${summary.error}`);
check('exactly 1 diagnostic', summary.diagnosticCount === 1, `got ${summary.diagnosticCount}`);
const code = summary.firstDiagnostic && summary.firstDiagnostic.code;
check('code is value-changed-over-time', code === 'value-changed-over-time', `got ${code}`);
const position = summary.hoverPosition || {};
check('hover sent at line 0, character 53 (UTF-16)', position.line === 0 && position.character === 53,
  `got ${JSON.stringify(position)}`);
const hover = typeof summary.hover === 'string' ? summary.hover : '';
check('hover contains "50"', hover.includes('50'), `hover ${JSON.stringify(hover.slice(0, 200))}`);
check('hover contains "Amazon → OpenAI"', hover.includes('Amazon → OpenAI'), `hover ${JSON.stringify(hover.slice(0, 200))}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
EOF
