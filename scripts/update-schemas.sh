#!/usr/bin/env sh
# Copies the JSON Schemas the build generates from the model (into sscp-json's jar) to docs/schema,
# the copies people and editors read. Run after a model change, then review `git diff docs/schema`.
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests -pl sscp-model,sscp-rules,sscp-data,sscp-json install
cp sscp-json/target/classes/io/github/sscp/json/schema/*.schema.json docs/schema/
echo "docs/schema updated:"
git status --short docs/schema
