#!/usr/bin/env bash
# Publishes smoke/Hireflix.Sdk.AotSmoke and a user's own-operations consumer (smoke/Consumer) with native AOT, fails on
# any IL/trim/AOT warning, and runs both binaries.
# Native AOT on Debian needs clang and zlib1g-dev (installed below when missing).
# Run by .ci/run (about four minutes there: Release builds, the ILCompiler restore and two native links on 2 cores).
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

# ---- a user's own operations under native AOT: smoke/Consumer/Hireflix.Sdk.Consumer on the PACKED SDK ----
# Its operations are generated in the user's project from its own .graphql files; the native binary runs them (and a raw
# document) against the fake Hireflix on loopback.
source eng/lib/smoke.sh
work=artifacts/aot-consumer
version="0.0.0-aotconsumer"
rm -rf "$work" smoke/Consumer/Hireflix.Sdk.Consumer/bin smoke/Consumer/Hireflix.Sdk.Consumer/obj && mkdir -p "$work/feed"
pack_sdk Release "$version" "$work/feed" "$work/pack.log"
global=$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')
dotnet publish smoke/Consumer/Hireflix.Sdk.Consumer -c Release -r linux-x64 -p:PublishAot=true -o "$work/app" \
  -p:HireflixSdkVersion="$version" -p:RestoreAdditionalProjectSources="$(pwd)/$work/feed" \
  -p:RestorePackagesPath="$(pwd)/$work/packages" -p:RestoreFallbackFolders="$global" 2>&1 | tee "$work/publish.log"
warnings=$(grep -cE "warning (IL|AOT)[0-9]+" "$work/publish.log" || true)
echo "consumer: IL/trim/AOT warnings in the publish log: $warnings"
[ "$warnings" -eq 0 ] || exit 1
start_fake_server Release "$work/fake.log" --build
"$work/app/Hireflix.Sdk.Consumer" "$fake_endpoint" "$fake_key"
