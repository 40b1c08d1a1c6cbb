# Sourced by the smoke scripts, from the repository root.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 UseSharedCompilation=false

# Sets $configuration (Release unless --configuration) and $no_build (--no-build or empty) from the script's arguments.
parse_smoke_args() {
  configuration=Release
  no_build=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --configuration|-c) configuration="$2"; shift 2 ;;
      --no-build) no_build=(--no-build); shift ;;
      *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
  done
}

# Starts the fake Hireflix (the samples app's `serve` command) on 127.0.0.1 and sets
# $fake_endpoint and $fake_key. Stops it when the calling script exits.
# Usage: start_fake_server <configuration> <log file> [--build]
start_fake_server() {
  local configuration="$1" log="$2" build="${3:-}"
  if [ "$build" = "--build" ]; then
    dotnet build samples/Hireflix.Sdk.Samples -c "$configuration" -v quiet -nologo > "$log.build" 2>&1 \
      || { cat "$log.build" >&2; return 1; }
  fi

  # The fake prints its URL and key, then serves until SIGTERM.
  dotnet run --no-build -c "$configuration" --project samples/Hireflix.Sdk.Samples -- serve > "$log" 2>&1 &
  fake_pid=$!
  trap 'kill "$fake_pid" 2>/dev/null || true' EXIT
  fake_endpoint="" fake_key=""
  for _ in $(seq 1 300); do
    fake_endpoint=$(sed -n 's/^Fake Hireflix listening on //p' "$log")
    fake_key=$(sed -n 's/^API key: //p' "$log")
    [ -n "$fake_endpoint" ] && [ -n "$fake_key" ] && break
    kill -0 "$fake_pid" 2>/dev/null || { cat "$log" >&2; return 1; }
    sleep 0.2
  done
  [ -n "$fake_endpoint" ] || { echo "the fake Hireflix did not start" >&2; cat "$log" >&2; return 1; }
  echo "fake Hireflix: $fake_endpoint"
}

# Packs src/Hireflix.Sdk at <version> into <feed>. Usage: pack_sdk <configuration> <version> <feed> <log> [--no-build]
pack_sdk() {
  local configuration="$1" version="$2" feed="$3" log="$4"
  shift 4
  dotnet pack src/Hireflix.Sdk -c "$configuration" "$@" -p:Version="$version" -p:IncludeSymbols=false -o "$feed" > "$log" 2>&1 \
    || { cat "$log" >&2; return 1; }
}
