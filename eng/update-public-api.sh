#!/usr/bin/env bash
# Appends every public symbol the build reports as undeclared (RS0016) to <project>/PublicAPI.Unshipped.txt, and
# removes the Unshipped entries the build reports as gone (RS0017).
# Generated models count too: the analyzer sees the generator's output. Review the diff before committing.
# Usage: eng/update-public-api.sh [src/Hireflix.Sdk]
set -euo pipefail
cd "$(dirname "$0")/.."
project="${1:-src/Hireflix.Sdk}"
file="$project/PublicAPI.Unshipped.txt"

log=$(dotnet build "$project" --no-incremental 2>&1 || true)
new=$(echo "$log" | grep -oE "error RS0016: Symbol '[^']*' is not part" \
  | sed -E "s/error RS0016: Symbol '(.*)' is not part/\1/" | sort -u || true)
# RS0017: declared but gone (renamed, removed, or now inherited from a base model): only Unshipped lines may go.
gone=$(echo "$log" | grep -oE "error RS0017: Symbol '[^']*' is part" \
  | sed -E "s/error RS0017: Symbol '(.*)' is part/\1/" | sort -u || true)
if [ -z "$new" ] && [ -z "$gone" ]; then
  echo "No undeclared or vanished public symbols in $project."
  exit 0
fi

{ head -n 1 "$file"; { tail -n +2 "$file" | grep -vxF -f <(printf '%s\n' "$gone" | sed '/^$/d'); [ -z "$new" ] || echo "$new"; } | sort -u; } > "$file.tmp"
mv "$file.tmp" "$file"
echo "Added $(printf '%s' "$new" | grep -c . || true) and removed $(printf '%s' "$gone" | grep -c . || true) symbols in $file."
