#!/usr/bin/env bash
# Checks the language server from Neovim's built-in LSP client, headless: a hover and a definition (neovim-check.lua).
# Usage: neovim-check.sh [SERVER_JS] [CORPUS_DIR]; defaults: dist/server.js and test/vscode/fixture.
set -euo pipefail

suite_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
server="$(realpath "${1:-$suite_dir/../../dist/server.js}")"
corpus="$(realpath "${2:-$suite_dir/fixture}")"

if ! command -v nvim >/dev/null; then
  echo "[neovim] FAIL  nvim is not installed (test/vscode/setup.sh installs Debian's neovim)" >&2
  exit 1
fi
if [[ ! -f $server ]]; then
  echo "[neovim] FAIL  no language server at $server: run 'npm run build' first" >&2
  exit 1
fi

# Started from the corpus folder, as a person would, since the documented set-up takes it as the workspace. The Lua
# script bounds each request; the outer timeout only guards against Neovim itself hanging.
cd "$corpus"
NEWSMARK_SERVER="$server" NEWSMARK_CORPUS="$corpus" \
  timeout 120 nvim --headless --clean -c "luafile $suite_dir/neovim-check.lua"
