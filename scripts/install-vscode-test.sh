#!/usr/bin/env bash
# Installs what the end-to-end suite needs on machines that reach only the npm registry and Debian:
# the Debian packages VS Code's server and headless Chromium need, and code-server (which bundles a
# real VS Code) into the ignored .vscode-test/ folder, so a contributor's `npm install` stays light.
# It is idempotent: every step is skipped when what it installs is already there.
# See ../shared/VSCODE-TESTING.md (in the project's shared notes) for why each step is needed.
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
RIPGREP_PACKAGE_VERSION="1.15.11"
RIPGREP_ARCHIVE="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
APT_PACKAGES=(libkrb5-dev chromium ripgrep)

project_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
install_root="${FINNEWS_VSCODE_TEST_DIR:-$project_root/.vscode-test}/code-server"

log() { echo "[install-vscode-test] $*"; }

# 1. Debian packages. Only the missing ones are installed, and only when we can (root or sudo).
missing=()
for package in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  if [[ $(id -u) -eq 0 ]]; then apt_get=(apt-get); else apt_get=(sudo apt-get); fi
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" update
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y --no-install-recommends "${missing[@]}"
else
  log "Debian packages present: ${APT_PACKAGES[*]}"
fi

# 2. code-server, skipped when this exact version is already installed.
installed_package="$install_root/node_modules/code-server/package.json"
server_main="$install_root/node_modules/code-server/lib/vscode/out/server-main.js"
if [[ -f "$installed_package" && -f "$server_main" ]] &&
  node -e "process.exit(require(process.argv[1]).version === process.argv[2] ? 0 : 1)" "$installed_package" "$CODE_SERVER_VERSION"; then
  log "code-server $CODE_SERVER_VERSION already installed in $install_root"
  exit 0
fi

# @vscode/ripgrep downloads ripgrep from GitHub unless its cache already holds the archive. A tar.gz
# with Debian's rg at the archive root satisfies it, so nothing outside the two registries is fetched.
ripgrep_cache="$(node -p "require('os').tmpdir()")/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION"
if [[ ! -s "$ripgrep_cache/$RIPGREP_ARCHIVE" ]]; then
  log "seeding the ripgrep cache from $(command -v rg)"
  mkdir -p "$ripgrep_cache"
  staging="$(mktemp -d)"
  cp "$(command -v rg)" "$staging/rg"
  tar -czf "$ripgrep_cache/$RIPGREP_ARCHIVE" -C "$staging" rg
  rm -rf "$staging"
fi

log "installing code-server $CODE_SERVER_VERSION into $install_root (about a minute)"
mkdir -p "$install_root"
# A package.json of its own keeps npm from walking up into the project's package.json.
if [[ ! -f "$install_root/package.json" ]]; then
  echo '{ "name": "finnews-vscode-test", "private": true }' >"$install_root/package.json"
fi
# node-pty's post-install runs `npx node-gyp` (needs a yes), and code-server's post-install refuses
# to run as root without unsafe-perm.
(
  cd "$install_root"
  npm_config_yes=true npm_config_unsafe_perm=true \
    npm install --no-audit --no-fund --save-exact "code-server@$CODE_SERVER_VERSION"
)
if [[ ! -f "$server_main" ]]; then
  echo "[install-vscode-test] code-server installed, but $server_main is missing" >&2
  exit 1
fi
log "done: $server_main"
