#!/usr/bin/env bash
# Appends every public symbol the build reports as undeclared (RS0016) to <project>/PublicAPI.Unshipped.txt.
# Generated models count too: the analyzer sees the generator's output. Review the diff before committing.
# Usage: eng/update-public-api.sh [src/Hireflix.Sdk]
set -euo pipefail
cd "$(dirname "$0")/.."
project="${1:-src/Hireflix.Sdk}"
file="$project/PublicAPI.Unshipped.txt"

new=$(dotnet build "$project" --no-incremental 2>&1 \
  | grep -oE "error RS0016: Symbol '[^']*' is not part" \
  | sed -E "s/error RS0016: Symbol '(.*)' is not part/\1/" | sort -u || true)
if [ -z "$new" ]; then
  echo "No undeclared public symbols in $project."
  exit 0
fi

{ head -n 1 "$file"; { tail -n +2 "$file"; echo "$new"; } | sort -u; } > "$file.tmp"
mv "$file.tmp" "$file"
echo "Added $(echo "$new" | wc -l) symbols to $file."
