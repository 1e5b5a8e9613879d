#!/usr/bin/env bash
# Installs what the VS Code suite needs: Debian's Chromium, ripgrep, Neovim and the headers code-server's native
# modules build against, then this folder's own npm packages (code-server, playwright-core). Idempotent: each step
# is skipped when its result is already there, so a cached run costs a few dpkg and hash checks.
set -euo pipefail

suite_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
debian_packages=(chromium ripgrep neovim libkrb5-dev libsecret-1-dev libxkbfile-dev libx11-dev pkg-config)

log() { printf '[setup] %s\n' "$*" >&2; }

install_debian_packages() {
  local missing=()
  for package in "${debian_packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
  if ((${#missing[@]} == 0)); then
    log "Debian packages present"
    return
  fi
  log "apt-get install ${missing[*]}"
  local sudo=()
  if [[ $(id -u) != 0 ]]; then sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

# @vscode/ripgrep's postinstall downloads rg from GitHub, which a closed network refuses; it looks in this cache
# first, so Debian's rg packed under the expected name satisfies it.
seed_ripgrep_cache() {
  local cache_dir="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
  local tarball="$cache_dir/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  if [[ -s $tarball ]]; then return; fi
  log "seeding the ripgrep download cache with Debian's rg"
  local staging
  staging="$(mktemp -d)"
  cp "$(command -v rg)" "$staging/rg"
  mkdir -p "$cache_dir"
  tar -czf "$tarball" -C "$staging" rg
  rm -rf "$staging"
}

install_npm_packages() {
  local stamp="$suite_dir/node_modules/.newsmark-lock-hash"
  local lock_hash
  lock_hash="$(sha256sum "$suite_dir/package-lock.json" | cut -d' ' -f1)"
  if [[ -f $stamp && $(cat "$stamp") == "$lock_hash" && -x $suite_dir/node_modules/.bin/code-server ]]; then
    log "npm packages present"
    return
  fi
  log "npm ci in test/vscode (code-server builds native modules; a few minutes)"
  # code-server's postinstall refuses to run as root without unsafe-perm, and runs its own nested npm installs.
  (cd "$suite_dir" && npm_config_unsafe_perm=true npm_config_yes=true npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" >"$stamp"
}

install_debian_packages
seed_ripgrep_cache
install_npm_packages
log "ready"
