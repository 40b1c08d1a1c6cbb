#!/usr/bin/env bash
# Packs the three packages and restores a throwaway net8.0 consumer of them from that local folder, then fails if
# any Microsoft.Extensions.* package of the 9.x/10.x lines lands in its resolved graph: a .NET 8 app that installs
# the SDK must not be pushed past the 8.x line it already runs on. Prints every resolved Microsoft.Extensions version.
# Usage: bash eng/check-dependency-floors.sh [--configuration Debug] [--no-build]
#   --no-build packs what an earlier `dotnet build` left (.ci/run passes it: the check then costs a pack and a restore).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

configuration=Release
pack_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --configuration|-c) configuration="$2"; shift 2 ;;
    --no-build) pack_args+=(--no-build); shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 UseSharedCompilation=false
# A version no real release uses, so the consumer can never pick up a stale copy from the global packages folder.
version="0.0.0-floorcheck"
work="$repo/artifacts/floors"
feed="$work/feed"
rm -rf "$work" && mkdir -p "$feed"

for project in src/Hireflix.Sdk src/Hireflix.Sdk.Testing src/Hireflix.Sdk.AspNetCore; do
  dotnet pack "$project" -c "$configuration" "${pack_args[@]}" -p:Version="$version" -p:IncludeSymbols=false \
    -o "$feed" >> "$work/pack.log" 2>&1 || { cat "$work/pack.log" >&2; exit 1; }
done

# Outside the repository so none of its Directory.*.props (central versions, net10.0 defaults) reach the consumer.
consumer=$(mktemp -d /tmp/hireflix-floors.XXXXXX)
trap 'rm -rf "$consumer"' EXIT
cat > "$consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net8.0</TargetFramework>
    <!-- Extract into a private folder (the global one stays a read-only fallback) so the local feed always wins. -->
    <RestorePackagesPath>$consumer/packages</RestorePackagesPath>
    <RestoreFallbackFolders>$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')</RestoreFallbackFolders>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Hireflix.Sdk" Version="$version" />
    <PackageReference Include="Hireflix.Sdk.Testing" Version="$version" />
    <PackageReference Include="Hireflix.Sdk.AspNetCore" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$consumer/nuget.config" <<XML
<configuration>
  <packageSources>
    <add key="hireflix-local" value="$feed" />
  </packageSources>
</configuration>
XML

dotnet restore "$consumer/Consumer.csproj" > "$work/restore.log" 2>&1 || { cat "$work/restore.log" >&2; exit 1; }

# project.assets.json "libraries" keys are "Name/Version"; keep the Microsoft.Extensions ones.
resolved=$(grep -oE '"Microsoft\.Extensions\.[A-Za-z.]+/[0-9][^"]*"' "$consumer/obj/project.assets.json" | tr -d '"' | sort -u)
[ -n "$resolved" ] || { echo "dependency floors: no Microsoft.Extensions package resolved; the check saw nothing" >&2; exit 1; }
echo "net8.0 consumer resolves:"
echo "$resolved" | sed 's/^/  /'
too_new=$(echo "$resolved" | grep -E '/(9|[1-9][0-9])\.' || true)
if [ -n "$too_new" ]; then
  echo "dependency floors: the net8.0 consumer is pushed past the 8.x line by:" >&2
  echo "$too_new" | sed 's/^/  /' >&2
  exit 1
fi
echo "dependency floors: every Microsoft.Extensions package of the net8.0 consumer is on the 8.x line"
