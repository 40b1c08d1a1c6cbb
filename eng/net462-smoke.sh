#!/usr/bin/env bash
# Runs a .NET Framework 4.6.2 console app (smoke/Hireflix.Sdk.Net462Smoke) under Debian's Mono against the fake
# Hireflix on loopback, using the packed Hireflix.Sdk as a package user would (its netstandard2.0 asset).
# Installs Mono from Debian when missing. Usage: bash eng/net462-smoke.sh [--configuration Debug] [--no-build]
#   (.ci/run passes both: it packs the Debug build it already made).
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/lib/smoke.sh
parse_smoke_args "$@"
repo=$(pwd)

# mono-devel carries the runtime facades (netstandard.dll, System.Runtime.*) that netstandard2.0 assemblies bind to.
if ! command -v mono >/dev/null 2>&1 || [ ! -f /usr/lib/mono/4.5/Facades/netstandard.dll ]; then
  apt-get update > /dev/null
  apt-get install -y --no-install-recommends mono-runtime mono-devel > /dev/null
fi
mono --version | head -1

work="$repo/artifacts/net462-smoke"
version="0.0.0-net462smoke"   # never a real release, so no stale copy can come from the global packages folder
rm -rf "$work" && mkdir -p "$work/feed"
pack_sdk "$configuration" "$version" "$work/feed" "$work/pack.log" "${no_build[@]}"

# A private packages folder (the global one as a read-only fallback) so this run's package is the one restored.
global=$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')
dotnet build smoke/Hireflix.Sdk.Net462Smoke -c "$configuration" -o "$work/app" \
  -p:HireflixSdkVersion="$version" -p:RestoreAdditionalProjectSources="$work/feed" \
  -p:RestorePackagesPath="$work/packages" -p:RestoreFallbackFolders="$global" > "$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }

build_fake=--build
[ ${#no_build[@]} -eq 0 ] || build_fake=""
start_fake_server "$configuration" "$work/fake.log" $build_fake

mono "$work/app/Hireflix.Sdk.Net462Smoke.exe" "$fake_endpoint" "$fake_key"
