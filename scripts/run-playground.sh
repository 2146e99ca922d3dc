#!/usr/bin/env bash
# The README's run command: builds CasuistiekBot and talks to it in the Microsoft 365 Agents Playground,
# a local stand-in for Teams (personal chat, a group chat, a team with a "Coördinatoren" channel).
#
#   scripts/run-playground.sh [--as <first name | full name | role | Entra object id>]
#
# --as picks whose eyes you look through (default: the inbrenger); the people are in tests/js/playground/users.json,
# each with a personal chat of their own. Roles: inbrenger, coordinator, beheerder, panellid, mt-lid, dg.
# Both servers listen on 127.0.0.1 only; Ctrl-C stops both. Ports: CASUISTIEK_BOT_PORT (3978),
# CASUISTIEK_PLAYGROUND_PORT (16150). The bot keeps its data in ./data.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

as=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --as) [[ $# -ge 2 ]] || die "--as needs a name, role or id"; as=(--as "$2"); shift 2 ;;
        -h|--help) sed -n '2,/^set /p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument $1 (try --help)" ;;
    esac
done

bot_port="${CASUISTIEK_BOT_PORT:-3978}"
playground_port="${CASUISTIEK_PLAYGROUND_PORT:-16150}"
home="$ROOT/.playground"
bot_dll="$ROOT/src/CasuistiekBot/bin/Release/net10.0/CasuistiekBot.dll"
cd "$ROOT"

for port in "$bot_port" "$playground_port"; do
    # The Playground would silently move to a random port, so a taken port is an error here.
    port_in_use "$port" && die "port $port on 127.0.0.1 is already in use (another run still going?)"
done

# The scrubber's Dutch word list: without it the bot (running as Production) reports itself not ready.
ensure_apt_packages wdutch
ensure_node_tools
mkdir -p "$home"
say "Building the app (Release)"
dotnet build src/CasuistiekBot/CasuistiekBot.csproj -c Release -nologo >"$home/build.log" 2>&1 \
    || { cat "$home/build.log" >&2; die "the build failed"; }
node "$NODE_TOOLS/playground/write-config.js" "${as[@]}" "$home/.m365agentsplayground.yml"

pids=()
cleanup() {
    if [[ ${#pids[@]} -gt 0 ]]; then
        say "Stopping the bot and the Playground"
        stop_processes "${pids[@]}"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "Starting the bot on http://127.0.0.1:$bot_port (log: .playground/bot.log)"
# The demo coordinators may triage; the demo "beheerder" is the administrator who registers the coordinators' channel.
read -r -a demo_roles <<<"$(node "$NODE_TOOLS/playground/demo-roles.js")"
# The demo expertise directory (the Playground's people and thirty more) is loaded into an empty directory.
dotnet "$bot_dll" --urls "http://127.0.0.1:$bot_port" "${demo_roles[@]}" \
    "--Expertise:SeedFile=$(dirname "$bot_dll")/Expertise/demo-directory.json" >"$home/bot.log" 2>&1 &
pids+=($!)

say "Starting the Agents Playground on http://127.0.0.1:$playground_port (log: .playground/playground.log)"
(
    cd "$home"
    TEAMSAPPTESTER_BROWSER=none exec node -r "$NODE_TOOLS/force-loopback.js" \
        "$NODE_TOOLS/node_modules/@microsoft/m365agentsplayground/cli.js" \
        -p "$playground_port" -e "http://127.0.0.1:$bot_port/api/messages" -c msteams \
        --su "http://127.0.0.1:$playground_port/_connector" --disable-telemetry
) >"$home/playground.log" 2>&1 &
pids+=($!)

ready() {
    http_ok "$bot_port" /healthz && http_ok "$playground_port" /_debug/ping \
        && grep -q "Listening on $playground_port" "$home/playground.log"
}
for ((tries = 0; tries < 240; tries++)); do
    ready && break
    for pid in "${pids[@]}"; do
        kill -0 "$pid" 2>/dev/null && continue
        tail -n 30 "$home/bot.log" "$home/playground.log" >&2
        die "a server stopped during start-up"
    done
    sleep 0.5
done
ready || die "not ready after two minutes; see .playground/bot.log and .playground/playground.log"

cat <<EOF_READY

  CasuistiekBot is running. Open the Playground in a browser:

      http://127.0.0.1:$playground_port/

  (On a remote machine: ssh -L $playground_port:127.0.0.1:$playground_port <host>, then open the same address.)
  Say "hallo" or "hi" in the personal chat. The Playground's client speaks en-US, so the bot answers in English.

  Demo people (* = you; restart with --as <first name or role> to be someone else):

$(node "$NODE_TOOLS/playground/write-config.js" "${as[@]}" --list | sed 's/^/    /')

  Press Ctrl-C to stop.

EOF_READY

set +e
wait -n "${pids[@]}"
status=$?
set -e
say "A server stopped (exit $status); last lines of the logs:"
tail -n 20 "$home/bot.log" "$home/playground.log" >&2
exit 1
