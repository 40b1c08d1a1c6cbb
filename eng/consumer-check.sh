#!/usr/bin/env bash
# Your own operations, as a user gets them: projects under smoke/Consumer reference the PACKED Hireflix.Sdk from a local
# feed (not a project reference) and are built outside the repository's build settings.
#   1. a project with no .graphql file: builds, and the generator adds no source;
#   2. a project with its own operations: builds, and runs them (typed, @idempotent mutation, raw) against the fake;
#   3. a project whose operation misspells a field: the build fails with the HFX error at that file's line and column;
#   4. HireflixSchemaFile: the same project against a schema of its own is validated against that one.
# Usage: bash eng/consumer-check.sh [--configuration Debug] [--no-build]   (.ci/run passes both)
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/lib/smoke.sh
parse_smoke_args "$@"
repo=$(pwd)

work="$repo/artifacts/consumer-check"
version="0.0.0-consumer"   # never a real release, so no stale copy can come from the global packages folder
rm -rf "$work" && mkdir -p "$work/feed"
rm -rf smoke/Consumer/*/bin smoke/Consumer/*/obj
pack_sdk "$configuration" "$version" "$work/feed" "$work/pack.log" "${no_build[@]}"

# A private packages folder (the global one as a read-only fallback) so this run's package is the one restored.
global=$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')
consumer_props=(-p:HireflixSdkVersion="$version" -p:RestoreAdditionalProjectSources="$work/feed"
  -p:RestorePackagesPath="$work/packages" -p:RestoreFallbackFolders="$global")
build_consumer() {
  dotnet build "smoke/Consumer/$1" -c "$configuration" "${consumer_props[@]}" > "$work/$1.log" 2>&1
}

build_consumer Hireflix.Sdk.NoOperationsConsumer || { cat "$work/Hireflix.Sdk.NoOperationsConsumer.log" >&2; exit 1; }
generated=$(find smoke/Consumer/Hireflix.Sdk.NoOperationsConsumer/obj -path '*generated/Hireflix.Sdk.Generators*' -name '*.cs' | wc -l)
echo "consumer without operations: builds, $generated generated sources"
[ "$generated" -eq 0 ] || exit 1

build_consumer Hireflix.Sdk.Consumer || { cat "$work/Hireflix.Sdk.Consumer.log" >&2; exit 1; }
echo "consumer with operations: builds ($(find smoke/Consumer/Hireflix.Sdk.Consumer/obj -path '*generated/Hireflix.Sdk.Generators*' -name '*.cs' | wc -l) generated sources)"

if build_consumer Hireflix.Sdk.BrokenConsumer; then
  echo "broken consumer: built, but its operation misspells a field" >&2
  exit 1
fi
expected="Hireflix/Broken.graphql(4,5): error HFX002: Cannot query field 'ipAdresses' on type 'InterviewType'. Did you mean 'ipAddresses'?"
if ! grep -qF "$expected" "$work/Hireflix.Sdk.BrokenConsumer.log"; then
  echo "broken consumer: the build failed without the expected error:" >&2
  grep -E "error" "$work/Hireflix.Sdk.BrokenConsumer.log" | sort -u >&2
  exit 1
fi
echo "broken consumer: fails as expected: $(grep -oF "$expected" "$work/Hireflix.Sdk.BrokenConsumer.log" | head -1)"

build_fake=--build
[ ${#no_build[@]} -eq 0 ] || build_fake=""
start_fake_server "$configuration" "$work/fake.log" $build_fake
dotnet "smoke/Consumer/Hireflix.Sdk.Consumer/bin/$configuration/net10.0/Hireflix.Sdk.Consumer.dll" "$fake_endpoint" "$fake_key"

# A schema of the user's own (e.g. refreshed from the live API) replaces the packaged one: here a copy without
# InterviewType.ipAddresses, so the consumer's own operation that selects it must fail at its line and column.
grep -v '^  ipAddresses:' schema/hireflix.graphql > "$work/own-schema.graphql"
if dotnet build smoke/Consumer/Hireflix.Sdk.Consumer -c "$configuration" "${consumer_props[@]}" -p:HireflixSchemaFile="$work/own-schema.graphql" \
    > "$work/own-schema.log" 2>&1; then
  echo "consumer with its own schema: built, but that schema has no InterviewType.ipAddresses" >&2
  exit 1
fi
expected_own="Hireflix/Session.graphql(11,5): error HFX002: Cannot query field 'ipAddresses' on type 'InterviewType'."
grep -qF "$expected_own" "$work/own-schema.log" || { grep error "$work/own-schema.log" | sort -u >&2; exit 1; }
echo "consumer with its own schema: validated against it: $expected_own"
