#!/usr/bin/env bash
# What the packaged generator costs a project that writes no .graphql file: builds smoke/Consumer's NoOperationsConsumer
# (on the packed SDK) alternately with and without the generator, and prints each build's wall time, the medians, and
# the generator's own time as the compiler reports it. Timing is machine-dependent, so this is not part of .ci/run.
# Usage: bash eng/measure-analyzer-cost.sh [runs]   (after eng/consumer-check.sh, whose local feed it uses)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
work=artifacts/consumer-check
[ -d "$work/feed" ] || { echo "run eng/consumer-check.sh first (it packs the SDK into $work/feed)" >&2; exit 2; }
global=$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')
project=smoke/Consumer/Hireflix.Sdk.NoOperationsConsumer
props=(-p:HireflixSdkVersion=0.0.0-consumer -p:RestoreAdditionalProjectSources="$(pwd)/$work/feed"
  -p:RestorePackagesPath="$(pwd)/$work/packages" -p:RestoreFallbackFolders="$global")
dotnet restore "$project" "${props[@]}" > /dev/null

build() {
  local start end
  start=$(date +%s%N)
  dotnet build "$project" --no-restore --no-incremental -v q -nologo "${props[@]}" "$@" > "$work/measure.log" 2>&1 || { cat "$work/measure.log" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

with=() without=()
for _ in $(seq 1 "$runs"); do
  with+=("$(build)")
  without+=("$(build -p:HireflixWithoutGenerator=true)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
echo "with the generator:    ${with[*]} ms (median $(median "${with[@]}") ms)"
echo "without the generator: ${without[*]} ms (median $(median "${without[@]}") ms)"
dotnet build "$project" --no-restore --no-incremental -nologo -v:d -p:ReportAnalyzer=true "${props[@]}" 2>&1 \
  | grep -E "^\s+[0-9.]+\s+[0-9<]+\s+Hireflix.Sdk.Generators.HireflixGenerator" | head -1 \
  | awk '{ print "the generator itself, as the compiler reports it: " $1 " s" }'
