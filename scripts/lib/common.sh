# Helpers shared by the scripts in scripts/. Sourced, never run.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NODE_TOOLS="$ROOT/tests/js"

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs the Debian packages that are missing; a machine that has them all never touches apt.
ensure_apt_packages() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    local sudo=()
    if [[ "$(id -u)" != 0 ]]; then
        command -v sudo >/dev/null || die "missing packages ${missing[*]}: install them as root"
        sudo=(sudo)
    fi
    say "Installing ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# npm ci in tests/js when node_modules is absent or older than the lock file.
ensure_node_tools() {
    local installed="$NODE_TOOLS/node_modules/.package-lock.json"
    if [[ ! -f "$installed" || "$NODE_TOOLS/package-lock.json" -nt "$installed" ]]; then
        say "Installing the Node test tools (npm ci in tests/js)"
        (cd "$NODE_TOOLS" && npm ci --no-audit --no-fund --loglevel=error)
    fi
}

# The repository's .NET tools (.config/dotnet-tools.json: dotnet-ef), from the package feed on first use.
ensure_dotnet_tools() {
    dotnet tool restore >/dev/null || die "dotnet tool restore failed (.config/dotnet-tools.json)"
}

# Fails when an EF model differs from its latest migration's snapshot. Needs the app's build for <configuration>.
check_migrations() {
    local configuration="$1" context folder
    for context in SqliteCasuistiekDbContext:Sqlite PostgresCasuistiekDbContext:Postgres; do
        folder="${context#*:}" context="${context%%:*}"
        dotnet ef migrations has-pending-model-changes --project "$ROOT/src/CasuistiekBot" --context "$context" \
            --configuration "$configuration" --no-build \
            || die "the model has changes without a migration ($context); add one with:
    dotnet ef migrations add <Name> --project src/CasuistiekBot --context $context --output-dir Storage/Migrations/$folder"
    done
}

# True when http://127.0.0.1:<port><path> answers 200. Bash's /dev/tcp, because curl is not on every machine.
http_ok() {
    local port="$1" path="$2" status
    status="$( (exec 3<>"/dev/tcp/127.0.0.1/$port" \
        && printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$path" "$port" >&3 \
        && IFS= read -r -t 5 line <&3 && printf '%s' "$line") 2>/dev/null)" || return 1
    [[ "$status" =~ ^HTTP/1\.[01]\ 200 ]]
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Stops processes this script started: TERM, then KILL after ten seconds.
stop_processes() {
    local pid tries
    for pid in "$@"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "$@"; do
        for ((tries = 0; tries < 40; tries++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
}
