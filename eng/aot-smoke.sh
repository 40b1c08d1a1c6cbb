#!/usr/bin/env bash
# Publishes smoke/Hireflix.Sdk.AotSmoke with native AOT, fails on any IL/trim/AOT warning, and runs the binary.
# Native AOT on Debian needs clang and zlib (installed below when missing; the machines here already have them).
# Not part of .ci/run: the ILCompiler restore and native link add a minute or more on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v clang >/dev/null 2>&1 || ! dpkg -s zlib1g-dev >/dev/null 2>&1; then
  apt-get update
  apt-get install -y --no-install-recommends clang zlib1g-dev
fi

out=artifacts/aot-smoke
log=artifacts/aot-smoke-publish.log
mkdir -p artifacts
dotnet publish smoke/Hireflix.Sdk.AotSmoke -c Release -r linux-x64 -o "$out" 2>&1 | tee "$log"

warnings=$(grep -cE "warning (IL|AOT)[0-9]+" "$log" || true)
echo "IL/trim/AOT warnings in the publish log: $warnings"
[ "$warnings" -eq 0 ] || exit 1

"$out/Hireflix.Sdk.AotSmoke"
