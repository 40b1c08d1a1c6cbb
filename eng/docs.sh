#!/usr/bin/env bash
# Builds the API reference site (docfx, pinned in .config/dotnet-tools.json) into artifacts/docs/_site from the
# packages' net10.0 assemblies with their XML docs, plus docs/index.md and docs/articles. Any docfx warning fails
# the build: a broken xref or a malformed doc comment should be fixed, not published.
# Usage: bash eng/docs.sh [--configuration Debug] [--no-build]   (.ci/run reuses its Debug build)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 UseSharedCompilation=false

configuration=Release
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --configuration|-c) configuration="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

packages=(Hireflix.Sdk Hireflix.Sdk.Testing Hireflix.Sdk.AspNetCore)
if [ "$build" -eq 1 ]; then
  for p in Hireflix.Sdk.Testing Hireflix.Sdk.AspNetCore; do   # both build Hireflix.Sdk
    dotnet build "src/$p" -c "$configuration" -f net10.0 -nologo -v quiet
  done
fi

rm -f docs/api/*.yml docs/api/.manifest
# docfx reads assemblies rather than projects: loading the projects through MSBuildWorkspace reports restore
# warnings and AdditionalFiles duplicates as docfx warnings, and the assemblies are what users get anyway.
# The deps.json files let docfx resolve the referenced packages from the NuGet cache.
rm -rf artifacts/docs && mkdir -p artifacts/docs/bin
for p in "${packages[@]}"; do
  for ext in dll xml deps.json; do
    cp "src/$p/bin/$configuration/net10.0/$p.$ext" artifacts/docs/bin/
  done
done

dotnet tool restore > /dev/null
log=artifacts/docs/docfx.log
dotnet docfx docs/docfx.json --warningsAsErrors > "$log" 2>&1 || { cat "$log"; echo "docfx failed" >&2; exit 1; }
# --warningsAsErrors already fails docfx on a warning; the count is printed for the record and checked again in
# case a future docfx stops honouring the flag.
warnings=$(grep -oE '^ *[0-9]+ warning\(s\)' "$log" | grep -oE '[0-9]+' | tail -1)
grep -E ': warning|: error' "$log" || true
echo "docfx warnings: ${warnings:-unknown}"
if [ "${warnings:-1}" != 0 ] || [ ! -f artifacts/docs/_site/index.html ]; then
  exit 1
fi
echo "site: artifacts/docs/_site"
