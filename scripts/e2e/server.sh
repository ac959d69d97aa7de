#!/usr/bin/env bash
# An isolated code-server on 127.0.0.1 for the end-to-end tests.
#
#   server.sh start [workspaceDir]   start; prints the base URL as the last line once /healthz answers
#   server.sh stop                   stop the server we started (and its process group)
#   server.sh status
#   server.sh install-ext <x.vsix>   install a packaged extension into the state dir
#
#   E2E_HOME   install root (default /tmp/al-e2e)
#   E2E_STATE  state dir: user data, extensions, logs, pid, port (default $E2E_HOME/state)
#   E2E_PORT   port; by default a free one is picked and remembered in $E2E_STATE/port
#
# Everything code-server, its extension hosts and chromium would write under $HOME or $TMPDIR
# goes into $E2E_STATE. The environment of `start` (e.g. ASYNCIO_LAB_* variables) is inherited
# by the extension host.
set -euo pipefail

E2E_HOME="${E2E_HOME:-/tmp/al-e2e}"
STATE="${E2E_STATE:-$E2E_HOME/state}"
CS_BIN="$E2E_HOME/cs/node_modules/.bin/code-server"
PIDF="$STATE/server.pid"

export XDG_CONFIG_HOME="$STATE/xdg/config" XDG_DATA_HOME="$STATE/xdg/data" XDG_CACHE_HOME="$STATE/xdg/cache"
# the server and extension hosts put vscode-ipc-*.sock / vscode-git-*.sock in $TMPDIR
export TMPDIR="$STATE/tmp"
# no marketplace: code-server would query open-vsx.org (unreachable offline) and log errors
export EXTENSIONS_GALLERY='{}'

cs_args=(--user-data-dir "$STATE/user-data" --extensions-dir "$STATE/extensions")

prepare() {
  [ -x "$CS_BIN" ] || { echo "code-server is not installed in $E2E_HOME (run scripts/e2e/install.sh)" >&2; exit 1; }
  mkdir -p "$STATE/user-data/User" "$STATE/extensions" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$TMPDIR"
  [ -f "$STATE/user-data/User/settings.json" ] || cat >"$STATE/user-data/User/settings.json" <<'EOF'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "window.restoreWindows": "none",
  "chat.disableAIFeatures": true,
  "editor.hover.delay": 100
}
EOF
}

running() { [ -f "$PIDF" ] && kill -0 "$(cat "$PIDF")" 2>/dev/null; }

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

case "${1:-}" in
  start)
    WS="${2:-}"
    prepare
    if running; then echo "already running (pid $(cat "$PIDF"))" >&2; echo "http://127.0.0.1:$(cat "$STATE/port")"; exit 0; fi
    PORT="${E2E_PORT:-$(free_port)}"
    if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then echo "port $PORT is in use" >&2; exit 1; fi
    echo "$PORT" >"$STATE/port"
    printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" >"$STATE/config.yaml"
    s=$(date +%s%N)
    # setsid: code-server leads its own process group (pgid == pid), so `stop` can reap it all
    setsid nohup "$CS_BIN" --config "$STATE/config.yaml" "${cs_args[@]}" \
      --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
      --disable-workspace-trust --disable-getting-started-override --ignore-last-opened \
      ${WS:+"$WS"} </dev/null >"$STATE/server.log" 2>&1 &
    echo $! >"$PIDF"
    for _ in $(seq 1 600); do
      if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/healthz" 2>/dev/null; then
        echo "[e2e-server] code-server up on :$PORT in $(( ($(date +%s%N) - s) / 1000000 )) ms (state $STATE)" >&2
        echo "http://127.0.0.1:$PORT"; exit 0
      fi
      running || { echo "code-server exited early:" >&2; cat "$STATE/server.log" >&2; exit 1; }
      sleep 0.1
    done
    echo "code-server did not answer /healthz within 60 s" >&2; cat "$STATE/server.log" >&2; exit 1 ;;
  stop)
    if running; then
      pid=$(cat "$PIDF")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
      # extension hosts / file watchers / pty host leave shortly after; then TERM our group's rest
      for _ in $(seq 1 20); do pgrep -g "$pid" >/dev/null 2>&1 || break; sleep 0.1; done
      if pgrep -g "$pid" >/dev/null 2>&1; then kill -TERM -- "-$pid" 2>/dev/null || true; sleep 0.5; kill -KILL -- "-$pid" 2>/dev/null || true; fi
      echo "[e2e-server] stopped pid $pid" >&2
    fi
    rm -f "$PIDF" ;;
  status)
    if running; then echo "running pid $(cat "$PIDF") http://127.0.0.1:$(cat "$STATE/port")"; else echo "not running"; exit 1; fi ;;
  install-ext)
    [ -f "${2:-}" ] || { echo "usage: $0 install-ext <file.vsix>" >&2; exit 2; }
    prepare
    "$CS_BIN" "${cs_args[@]}" --force --install-extension "$2" </dev/null ;;
  *)
    echo "usage: $0 start [workspace] | stop | status | install-ext <vsix>" >&2; exit 2 ;;
esac
