#!/usr/bin/env sh
# Regenerates the documents written from the code: docs/LAW.md from the compliance catalogue, and
# the JSON Schemas in docs/schema. Run after changing a rule or the model, then review `git diff`.
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests -pl sscp-model,sscp-rules install
mvn -B -q -pl sscp-rules exec:java -Dexec.mainClass=io.github.sscp.rules.compliance.LawDocument \
  "-Dexec.args=$root/docs/LAW.md"
echo "docs/LAW.md updated"
scripts/update-schemas.sh
