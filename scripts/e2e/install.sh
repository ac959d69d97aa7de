#!/usr/bin/env bash
# Installs what the VS Code end-to-end tests need, outside the repo:
#   - apt: chromium (hosts the workbench, driven headless by playwright-core), libkrb5-dev
#     (headers for code-server's 'kerberos' native module), ripgrep (replaces the rg binary that
#     @vscode/ripgrep would fetch from GitHub), build-essential + pkg-config (node-gyp builds),
#     bc + curl (used by these scripts), fonts-liberation (readable screenshots)
#   - code-server@4.100.3 (= VS Code 1.100.3; the last release whose postinstall accepts Node 20)
#     into $E2E_HOME/cs
#   - playwright-core (no browser download) into $E2E_HOME/driver
#
# Idempotent: every step is skipped when its result is already there. Safe to run concurrently
# (a lock serialises installs into the same E2E_HOME). Works offline as long as apt and the
# npm registry are reachable (nothing is fetched from GitHub).
#
#   E2E_HOME   default /tmp/al-e2e   (keep it short: unix socket paths are limited to 108 bytes)
set -euo pipefail

E2E_HOME="${E2E_HOME:-/tmp/al-e2e}"
CS_VERSION="${CS_VERSION:-4.100.3}"
PW_VERSION="${PW_VERSION:-1.65.1}"
LOG="$E2E_HOME/logs"
mkdir -p "$E2E_HOME" "$LOG"

now() { date +%s.%N; }
since() { printf '%.1f' "$(echo "$(now) - $1" | bc 2>/dev/null || echo 0)"; }
note() { echo "[e2e-install] $*"; }

# one installer at a time per E2E_HOME
exec 9>"$E2E_HOME/install.lock"
if command -v flock >/dev/null 2>&1; then flock 9; fi

# ------------------------------------------------------------------------------------ apt
# (--no-install-recommends keeps chromium's pull to the essentials; fonts-liberation, which it
#  only recommends, gives screenshots readable text on a box without fonts)
want=(chromium fonts-liberation libkrb5-dev ripgrep build-essential pkg-config bc curl)
command -v python3 >/dev/null 2>&1 || want+=(python3)   # node-gyp needs a python3
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "need root (or sudo) to apt-get install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo -n)
  fi
  note "apt-get install ${missing[*]}"
  s=$(date +%s)
  export DEBIAN_FRONTEND=noninteractive
  if ! { "${sudo[@]}" apt-get update -q && "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"; } \
      </dev/null >"$LOG/apt.log" 2>&1; then
    echo "apt-get failed; last lines of $LOG/apt.log:" >&2; tail -30 "$LOG/apt.log" >&2; exit 1
  fi
  note "[time] apt: $(( $(date +%s) - s ))s"
fi
CHROMIUM_BIN="${CHROMIUM:-$(command -v chromium || true)}"
[ -x "$CHROMIUM_BIN" ] || { echo "chromium not found after apt install" >&2; exit 1; }

# ------------------------------------------------------------------------------------ code-server
CS_DIR="$E2E_HOME/cs"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
# Any code-server invocation (even --version) writes ~/.config/code-server/config.yaml and
# ~/.local/share/code-server; keep them inside E2E_HOME.
cs() { XDG_CONFIG_HOME="$E2E_HOME/xdg/config" XDG_DATA_HOME="$E2E_HOME/xdg/data" \
       XDG_CACHE_HOME="$E2E_HOME/xdg/cache" "$CS_BIN" "$@"; }
installed_cs=""
[ -x "$CS_BIN" ] && installed_cs="$(cs --version 2>/dev/null | grep -oE "^[0-9]+\.[0-9]+\.[0-9]+" | head -1)" || true
if [ "$installed_cs" != "$CS_VERSION" ]; then
  node_major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$node_major" = 20 ] || note "WARNING: code-server $CS_VERSION's postinstall requires Node 20 (found $node_major)"

  # @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable: 5 retries, then the
  # whole install fails). It looks in $TMPDIR/vscode-ripgrep-cache-<ver>/<asset> first, so seed
  # that with a tarball of Debian's rg and run the install with TMPDIR inside E2E_HOME.
  TMPD="$E2E_HOME/tmp"
  RG_CACHE="$TMPD/vscode-ripgrep-cache-1.15.11"
  RG_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  if [ ! -s "$RG_CACHE/$RG_ASSET" ]; then
    mkdir -p "$RG_CACHE" "$E2E_HOME/rg"
    cp "$(command -v rg)" "$E2E_HOME/rg/rg"
    tar czf "$RG_CACHE/$RG_ASSET" -C "$E2E_HOME/rg" rg
  fi

  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  echo '{"name":"al-e2e-code-server","private":true}' >"$CS_DIR/package.json"
  # unsafe_perm=true : code-server's postinstall.sh refuses to run as root without it
  # yes=true         : node-pty's postinstall runs `npx node-gyp`; with yes=false npx aborts
  # nodedir=/usr     : node-gyp uses the local Node headers instead of downloading them
  nodedir=()
  [ -f /usr/include/node/node.h ] && nodedir=(npm_config_nodedir=/usr)
  note "npm install code-server@$CS_VERSION (native builds; ~1 min)"
  s=$(now)
  if ! (cd "$CS_DIR" && env TMPDIR="$TMPD" npm_config_unsafe_perm=true npm_config_yes=true "${nodedir[@]}" \
        npm_config_update_notifier=false npm install --no-audit --no-fund --loglevel=warn \
        "code-server@$CS_VERSION" </dev/null >"$LOG/code-server-install.log" 2>&1); then
    echo "code-server install failed; see $LOG/code-server-install.log" >&2
    grep -iE 'err|fail' "$LOG/code-server-install.log" | grep -v 'npm warn' | tail -30 >&2
    exit 1
  fi
  note "[time] code-server install: $(since "$s")s"
  installed_cs="$(cs --version 2>/dev/null | grep -oE "^[0-9]+\.[0-9]+\.[0-9]+" | head -1)"
  [ "$installed_cs" = "$CS_VERSION" ] || { echo "code-server --version gave '$installed_cs'" >&2; exit 1; }
fi

# ------------------------------------------------------------------------------------ driver
DRV="$E2E_HOME/driver"
if [ "$(node -p "try{require('$DRV/node_modules/playwright-core/package.json').version}catch{''}")" != "$PW_VERSION" ]; then
  mkdir -p "$DRV"
  echo '{"name":"al-e2e-driver","private":true}' >"$DRV/package.json"
  s=$(now)
  (cd "$DRV" && npm install --no-audit --no-fund --loglevel=warn "playwright-core@$PW_VERSION" \
     </dev/null >"$LOG/driver-install.log" 2>&1) \
    || { echo "playwright-core install failed; see $LOG/driver-install.log" >&2; tail -20 "$LOG/driver-install.log" >&2; exit 1; }
  note "[time] playwright-core install: $(since "$s")s"
fi

note "ready: code-server $installed_cs, playwright-core $PW_VERSION, $("$CHROMIUM_BIN" --version 2>/dev/null | head -1)"
