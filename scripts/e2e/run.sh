#!/usr/bin/env bash
# VS Code end-to-end tests for Asyncio Lab (`npm run test:vscode`).
#
#   1. npm run build, bundle test/vscode/*.ts -> dist-test/vscode/, vsce package -> dist/asyncio-lab.vsix
#   2. scripts/e2e/install.sh (code-server 4.100.3 + chromium + playwright-core; idempotent)
#   3. (a) extension-host suite: dist-test/vscode/index.js in a fresh code-server, the repo as
#          extensionDevelopmentPath, on a copy of test/vscode/workspace/
#      (b) UI test: the .vsix installed into a fresh state dir, demo.ipynb, "Notebook: Run All",
#          screenshot -> media/screenshots/notebook.png
#   Exits non-zero if anything fails. Logs and screenshots of the run: .e2e/ in the repo.
#
# Environment:
#   ASYNCIO_LAB_E2E   code-server (default) | electron (@vscode/test-electron, needs to download
#                     VS Code; runs the extension-host suite only) | skip
#   E2E_ONLY          ext-host | ui   (run just one of the two)
#   E2E_HOME          install/state root (default /tmp/al-e2e; keep it short, socket paths <= 108 bytes)
#   E2E_KEEP=1        keep the per-run state dir even when everything passed
#   E2E_SCREENSHOT    where the UI test saves the notebook screenshot
#                     (default media/screenshots/notebook.png)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/scripts/e2e"
MODE="${ASYNCIO_LAB_E2E:-code-server}"
export E2E_HOME="${E2E_HOME:-/tmp/al-e2e}"
ONLY="${E2E_ONLY:-}"
ART="$ROOT/.e2e"                       # artifacts of this run (git-ignored)
VSIX="$ROOT/dist/asyncio-lab.vsix"
SHOT="${E2E_SCREENSHOT:-$ROOT/media/screenshots/notebook.png}"   # shown in the README
T0=$(date +%s)

stamp() { date +%s%N; }
ms() { echo $(( ($(stamp) - $1) / 1000000 )); }
say() { echo "[e2e] $*"; }

if [ "$MODE" = skip ]; then say "ASYNCIO_LAB_E2E=skip: VS Code tests skipped"; exit 0; fi
cd "$ROOT"
rm -rf "$ART"; mkdir -p "$ART"

# ------------------------------------------------------------------------------ build
s=$(stamp)
npm run --silent build
node "$HERE/build-tests.js"
say "[time] build + test bundles: $(ms "$s") ms"

if [ "$MODE" = electron ]; then
  exec node "$HERE/run-electron.js"
fi
[ "$MODE" = code-server ] || { echo "unknown ASYNCIO_LAB_E2E=$MODE (code-server | electron | skip)" >&2; exit 2; }

if [ "$ONLY" != ext-host ]; then
  s=$(stamp)
  rm -f "$VSIX"
  npx --no-install vsce package --allow-missing-repository --skip-license --baseContentUrl https://example.invalid/asyncio-lab/blob/main --baseImagesUrl https://example.invalid/asyncio-lab/raw/main -o "$VSIX" </dev/null >"$ART/vsce.log" 2>&1 \
    || { cat "$ART/vsce.log" >&2; echo "vsce package failed" >&2; exit 1; }
  say "[time] vsce package: $(ms "$s") ms: $(grep -o 'Packaged: .*' "$ART/vsce.log" || true)"
fi

# ------------------------------------------------------------------------------ install
s=$(stamp)
"$HERE/install.sh"
say "[time] install (cached or fresh): $(ms "$s") ms"

# ------------------------------------------------------------------------------ run
RUN="$E2E_HOME/r$$"                   # per-run state: concurrent runs don't collide
rm -rf "$RUN"; mkdir -p "$RUN"
servers=()
cleanup() {
  for st in "${servers[@]}"; do E2E_STATE="$st" "$HERE/server.sh" stop >/dev/null 2>&1 || true; done
}
trap cleanup EXIT
trap 'exit 143' TERM INT             # so the EXIT trap stops the servers on timeout/Ctrl-C

# start_server <state> <workspace>: a workspace copied from test/vscode/workspace/; sets BASE
start_server() {
  local st="$1" ws="$2"
  rm -rf "$ws"; mkdir -p "$ws"
  cp -r "$ROOT/test/vscode/workspace/." "$ws/"
  servers+=("$st")
  BASE=$(E2E_STATE="$st" "$HERE/server.sh" start "$ws" | tail -1) && [ -n "$BASE" ]
}
stop_server() {
  E2E_STATE="$1" "$HERE/server.sh" stop || true
  cp "$1/server.log" "$ART/$2-server.log" 2>/dev/null || true
  find "$1/user-data/logs" -name '*.log' -path '*exthost*' -exec cp {} "$ART/" \; 2>/dev/null || true
}

rc_eh=skipped; rc_ui=skipped

if [ "$ONLY" != ui ]; then
  say "(a) extension-host suite in code-server"
  s=$(stamp)
  rm -rf "$RUN/eh"                                  # fresh state, nothing installed
  rc_eh=0
  if start_server "$RUN/eh" "$RUN/eh-ws/asyncio-lab"; then
    E2E_STATE="$RUN/eh" node "$HERE/ext-host-test.js" "$BASE" "$RUN/eh-ws/asyncio-lab" "$ROOT" \
      "$ROOT/dist-test/vscode/index.js" "$ART/ext-host.log" </dev/null || rc_eh=$?
  else
    echo "E2E-RESULT ext-host: 0 passed, 1 failed"; rc_eh=1
  fi
  stop_server "$RUN/eh" ext-host
  say "[time] extension-host suite: $(ms "$s") ms (rc=$rc_eh)"
fi

if [ "$ONLY" != ext-host ]; then
  say "(b) UI test with the packaged .vsix"
  s=$(stamp)
  rc_ui=0
  rm -rf "$RUN/ui"                                  # fresh state with only our .vsix installed
  if E2E_STATE="$RUN/ui" "$HERE/server.sh" install-ext "$VSIX" >"$ART/install-ext.log" 2>&1 \
     && start_server "$RUN/ui" "$RUN/ui-ws/asyncio-lab"; then
    E2E_STATE="$RUN/ui" node "$HERE/ui-test.js" "$BASE" "$RUN/ui-ws/asyncio-lab" "$ART/ui" "$SHOT" </dev/null || rc_ui=$?
  else
    cat "$ART/install-ext.log" >&2; echo "E2E-RESULT ui: 0 passed, 1 failed"; rc_ui=1
  fi
  stop_server "$RUN/ui" ui
  say "[time] UI test: $(ms "$s") ms (rc=$rc_ui)"
fi

say "extension-host suite: $rc_eh   UI test: $rc_ui   total $(( $(date +%s) - T0 )) s   artifacts: $ART"
failed() { [ "$1" != 0 ] && [ "$1" != skipped ]; }
if failed "$rc_eh" || failed "$rc_ui"; then
  say "FAILED (state kept in $RUN)"; exit 1
fi
[ "${E2E_KEEP:-}" = 1 ] || rm -rf "$RUN"
say "OK"
