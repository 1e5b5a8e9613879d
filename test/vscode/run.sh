#!/usr/bin/env bash
# The VS Code suite: installs the packaged extension into a fresh code-server profile, drives the workbench over a copy
# of the fixture corpus through Chromium (suite.mjs), then checks the language server from Neovim (neovim-check.sh).
# `npm run test:vscode` packages newsmark.vsix first; NEWSMARK_VSIX overrides which package is installed.
# Screenshots of every step go to test/vscode/screenshots/ (ignored by git); on failure, the workbench logs too.
# NEWSMARK_DOCS_IMAGES=docs/images also refreshes the cropped screenshots the documentation shows.
set -euo pipefail

suite_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(cd "$suite_dir/../.." && pwd)"
vsix="${NEWSMARK_VSIX:-$repo_dir/newsmark.vsix}"
screenshots="$suite_dir/screenshots"
code_server="$suite_dir/node_modules/.bin/code-server"

log() { printf '[vscode-suite] %s\n' "$*" >&2; }

bash "$suite_dir/setup.sh"

# `npm run test:vscode` has just packaged; a direct call (as .ci/run makes) packages when the package is missing or
# older than the sources it is built from.
if [[ -z ${NEWSMARK_VSIX:-} ]] && { [[ ! -f $vsix ]] ||
  [[ -n $(find "$repo_dir/client/src" "$repo_dir/server/src" "$repo_dir/package.json" -newer "$vsix" -print -quit) ]]; }; then
  log "packaging the extension (npm run package)"
  (cd "$repo_dir" && npm run package >&2)
fi
if [[ ! -f $vsix ]]; then
  log "no extension package at $vsix"
  exit 1
fi

run_dir="$(mktemp -d "${TMPDIR:-/tmp}/newsmark-vscode.XXXXXX")"
server_group=""
cleanup() {
  local status=$?
  if [[ -n $server_group ]]; then
    kill -TERM -- "-$server_group" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 -- "-$server_group" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$server_group" 2>/dev/null || true
  fi
  if ((status != 0)) && [[ -d $run_dir/profile/logs ]]; then
    rm -rf "$screenshots/logs"
    cp -r "$run_dir/profile/logs" "$screenshots/logs"
    cp "$run_dir/code-server.log" "$screenshots/logs/" 2>/dev/null || true
    log "workbench logs copied to $screenshots/logs"
  fi
  rm -rf "$run_dir"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A copy, so that the editing check can never touch the committed fixture.
cp -r "$suite_dir/fixture" "$run_dir/corpus"
mkdir -p "$run_dir/profile/User" "$run_dir/extensions"
rm -rf "$screenshots"
mkdir -p "$screenshots"

# Settings of a fresh profile that keep prompts and tips out of the screenshots. Semantic highlighting is left to the
# extension's own configuration default on purpose.
cat >"$run_dir/profile/User/settings.json" <<'EOF'
{
  "workbench.colorTheme": "Default Light Modern",
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.editor.enablePreview": false,
  "extensions.ignoreRecommendations": true,
  "git.enabled": false,
  "telemetry.telemetryLevel": "off",
  "editor.wordWrap": "on",
  "editor.minimap.enabled": false,
  "editor.hover.delay": 150,
  "files.autoSave": "off",
  "workbench.reduceMotion": "on"
}
EOF

port="$(node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')"
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$port" >"$run_dir/config.yaml"
profile_args=(--user-data-dir "$run_dir/profile" --extensions-dir "$run_dir/extensions" --config "$run_dir/config.yaml")

log "installing $(basename "$vsix") into a fresh profile"
"$code_server" "${profile_args[@]}" --install-extension "$vsix" >"$run_dir/install.log" 2>&1 || {
  cat "$run_dir/install.log" >&2
  exit 1
}

log "starting code-server on 127.0.0.1:$port"
# Without job control a background child is no group leader, so setsid makes it one in place: its pid is the group
# that cleanup stops, extension host and language server included.
setsid "$code_server" "${profile_args[@]}" --auth none --bind-addr "127.0.0.1:$port" --disable-telemetry \
  --disable-update-check --disable-workspace-trust >"$run_dir/code-server.log" 2>&1 &
server_group=$!

status=0
docs_args=()
if [[ -n ${NEWSMARK_DOCS_IMAGES:-} ]]; then
  mkdir -p "$NEWSMARK_DOCS_IMAGES"
  docs_args=(--docs-images "$(realpath "$NEWSMARK_DOCS_IMAGES")")
fi
(cd "$suite_dir" && node suite.mjs --url "http://127.0.0.1:$port/" --corpus "$run_dir/corpus" \
  --screenshots "$screenshots" "${docs_args[@]}") || status=$?

log "checking the language server from Neovim"
bash "$suite_dir/neovim-check.sh" "$repo_dir/dist/server.js" "$run_dir/corpus" || status=$?

log "$( ((status == 0)) && echo passed || echo FAILED ) in ${SECONDS}s (set-up included)"
exit "$status"
