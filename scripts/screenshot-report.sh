#!/usr/bin/env sh
# Renders a board report in headless Chromium and saves a PNG of the page.
#   scripts/screenshot-report.sh [REPORT.html] [OUT.png]
# Needs Debian's chromium-headless-shell; this script installs nothing. To install it:
#   sudo apt-get install -y --no-install-recommends chromium-headless-shell fonts-dejavu-core
set -eu
report="${1:-southampton-report.html}"
png="${2:-docs/southampton-report.png}"
browser="$(command -v chromium-headless-shell || command -v chromium || true)"
if [ -z "$browser" ]; then
  echo "screenshot-report: headless Chromium not found. Install it with:" >&2
  echo "  sudo apt-get install -y --no-install-recommends chromium-headless-shell fonts-dejavu-core" >&2
  exit 3
fi
if [ ! -f "$report" ]; then
  echo "screenshot-report: $report not found; write it first, e.g. ./sscp report --example southampton --out $report" >&2
  exit 2
fi
abs="$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
mkdir -p "$(dirname "$png")"
# --no-sandbox: needed when run as root (CI containers); the page is local and has no scripts
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$(mktemp -d)" --hide-scrollbars --window-size=1280,${SSCP_SCREENSHOT_HEIGHT:-5200} \
  --screenshot="$png" "file://$abs" >/dev/null 2>&1
echo "wrote $png"
