#!/usr/bin/env sh
# Builds the published artifacts twice from clean and compares their SHA-256 checksums: the same
# sources must give the same bytes (project.build.outputTimestamp fixes every archive's times).
#   scripts/check-reproducible.sh            jars, with the installed Maven
#   scripts/check-reproducible.sh release    also sources and javadoc jars and the CLI zip
#                                            (the release profile, through scripts/mvn)
set -eu
cd "$(dirname "$0")/.."
if [ "${1:-}" = "release" ]; then
  build() { scripts/mvn -B -q -Prelease -Dgpg.skip -DskipTests clean package >&2; }
else
  build() { mvn -B -q -DskipTests clean package >&2; }
fi
sums() {
  find sscp-*/target -maxdepth 1 -type f \( -name '*.jar' -o -name '*.zip' \) \
    | sort | xargs sha256sum
}
build
sums > target-first.sha256
build
sums > target-second.sha256
if diff target-first.sha256 target-second.sha256; then
  echo "check-reproducible: $(wc -l < target-first.sha256) archives identical in two builds"
  cat target-first.sha256
  rm -f target-first.sha256 target-second.sha256
else
  echo "check-reproducible: the builds differ (above)" >&2
  exit 1
fi
