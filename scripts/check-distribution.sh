#!/usr/bin/env sh
# Unpacks the command's distribution into a temporary folder and runs it from there:
# `sscp --help`, then the Southampton board report. Run by the release profile.
#   scripts/check-distribution.sh sscp-cli/target/sscp-<version>.zip
set -eu
zip="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && jar xf "$zip")
home="$(ls -d "$work"/sscp-*)"
chmod +x "$home/bin/sscp"
for f in bin/sscp bin/sscp.bat lib/sscp.jar README.md LICENSE THIRD-PARTY.txt \
    examples/southampton-safe-city-partnership.yaml examples/southampton-safe-city-partnership.json \
    examples/ho-csp-extract-southampton-and-peers.csv examples/southampton-police-uk-street.zip \
    examples/powys-community-safety-partnership.yaml examples/ho-csp-extract-powys-and-pembrokeshire.csv \
    GUIDE.md; do
  test -s "$home/$f" || { echo "check-distribution: $f is missing" >&2; exit 1; }
done
"$home/bin/sscp" --help | grep -q "report" || { echo "check-distribution: --help failed" >&2; exit 1; }
"$home/bin/sscp" validate "$home/examples/southampton-safe-city-partnership.yaml" >/dev/null
"$home/bin/sscp" kpi "$home/examples/powys-community-safety-partnership.yaml" >/dev/null 2>&1
"$home/bin/sscp" report --example southampton --as-of 2026-03-31 --out "$work/report.html" 2>/dev/null
grep -q "<figure><svg" "$work/report.html" || { echo "check-distribution: the report has no chart" >&2; exit 1; }
echo "check-distribution: $(basename "$zip") unpacks and runs (--help, validate, report)"
