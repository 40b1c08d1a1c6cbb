#!/usr/bin/env bash
# Runs a .NET Framework 4.6.2 console app (smoke/Hireflix.Sdk.Net462Smoke) under Debian's Mono against the fake
# Hireflix on loopback, using the packed Hireflix.Sdk as a package user would (its netstandard2.0 asset).
# Installs Mono from Debian when missing. Usage: bash eng/net462-smoke.sh [--configuration Debug] [--no-build]
#   (.ci/run passes both: it packs the Debug build it already made).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 UseSharedCompilation=false

configuration=Release
no_build=()
while [ $# -gt 0 ]; do
  case "$1" in
    --configuration|-c) configuration="$2"; shift 2 ;;
    --no-build) no_build=(--no-build); shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

# mono-devel carries the runtime facades (netstandard.dll, System.Runtime.*) that netstandard2.0 assemblies bind to.
if ! command -v mono >/dev/null 2>&1 || [ ! -f /usr/lib/mono/4.5/Facades/netstandard.dll ]; then
  apt-get update > /dev/null
  apt-get install -y --no-install-recommends mono-runtime mono-devel > /dev/null
fi
mono --version | head -1

work="$repo/artifacts/net462-smoke"
version="0.0.0-net462smoke"   # never a real release, so no stale copy can come from the global packages folder
rm -rf "$work" && mkdir -p "$work/feed"
dotnet pack src/Hireflix.Sdk -c "$configuration" "${no_build[@]}" -p:Version="$version" -p:IncludeSymbols=false -o "$work/feed" > "$work/pack.log" 2>&1 \
  || { cat "$work/pack.log" >&2; exit 1; }

# A private packages folder (the global one as a read-only fallback) so this run's package is the one restored.
global=$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')
dotnet build smoke/Hireflix.Sdk.Net462Smoke -c "$configuration" -o "$work/app" \
  -p:HireflixSdkVersion="$version" -p:RestoreAdditionalProjectSources="$work/feed" \
  -p:RestorePackagesPath="$work/packages" -p:RestoreFallbackFolders="$global" > "$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }

# The fake prints its URL and key, then serves until SIGTERM.
if [ ${#no_build[@]} -eq 0 ]; then
  dotnet build samples/Hireflix.Sdk.Samples -c "$configuration" -v quiet -nologo > "$work/fake-build.log" 2>&1 \
    || { cat "$work/fake-build.log" >&2; exit 1; }
fi
dotnet run --no-build -c "$configuration" --project samples/Hireflix.Sdk.Samples -- serve > "$work/fake.log" 2>&1 &
fake=$!
trap 'kill "$fake" 2>/dev/null || true' EXIT
endpoint="" key=""
for _ in $(seq 1 300); do
  endpoint=$(sed -n 's/^Fake Hireflix listening on //p' "$work/fake.log")
  key=$(sed -n 's/^API key: //p' "$work/fake.log")
  [ -n "$endpoint" ] && [ -n "$key" ] && break
  kill -0 "$fake" 2>/dev/null || { cat "$work/fake.log" >&2; exit 1; }
  sleep 0.2
done
[ -n "$endpoint" ] || { echo "net462 smoke: the fake did not start" >&2; cat "$work/fake.log" >&2; exit 1; }
echo "fake Hireflix: $endpoint"

mono "$work/app/Hireflix.Sdk.Net462Smoke.exe" "$endpoint" "$key"
