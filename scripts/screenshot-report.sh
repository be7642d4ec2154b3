#!/usr/bin/env sh
# Renders a board report in headless Chromium and saves a PNG of its first screen (1280 x 800),
# or of more of the page with SSCP_SCREENSHOT_HEIGHT.
#   scripts/screenshot-report.sh [REPORT.html] [OUT.png]
# Needs Debian's chromium; this script installs nothing. To install it:
#   sudo apt-get install -y chromium fonts-dejavu-core
set -eu
report="${1:-southampton-report.html}"
png="${2:-docs/southampton-report.png}"
browser="$(command -v chromium || command -v chromium-headless-shell || true)"
if [ -z "$browser" ]; then
  echo "screenshot-report: Chromium not found. Install it with:" >&2
  echo "  sudo apt-get install -y chromium fonts-dejavu-core" >&2
  exit 3
fi
if [ ! -f "$report" ]; then
  echo "screenshot-report: $report not found; write it first, e.g. ./sscp report --example southampton --out $report" >&2
  exit 2
fi
abs="$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
mkdir -p "$(dirname "$png")"
profile="$(mktemp -d)"
# --headless: Debian's chromium has no display here; --no-sandbox: needed when run as root (CI
# containers); the page is local and has no scripts
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --force-device-scale-factor=1 \
  --window-size=1280,${SSCP_SCREENSHOT_HEIGHT:-800} \
  --screenshot="$png" "file://$abs" >/dev/null 2>&1
rm -rf "$profile"
test -s "$png"
echo "wrote $png"
