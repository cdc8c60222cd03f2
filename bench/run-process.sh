#!/usr/bin/env bash
# Whole-process speed of `moocbot ask` (issue 11), with hyperfine:
#   1. time from process start to the first answer: `ask --json "<question>"`, one process per run;
#   2. 1,250 questions on standard input (`ask --json < questions`), against the nlp.js peer
#      (bench/nlpjs-peer: node-nlp trained on the same facts' aliases) in the same run.
# Each is measured for the builds present: the Release build run by `dotnet` (JIT), the ReadyToRun publish,
# moocbot-ask (src/MoocBot.Ask: the same answering, native AOT, Core only; about a minute to compile) and, with --aot,
# the native AOT publish of the whole moocbot (its compile takes several minutes on 2 cores).
#
# Usage: bench/run-process.sh [--aot] [runs]          (default 10 runs per command, after 3 warm-up runs)
# Needs hyperfine (apt-get install -y hyperfine) and Node.js with npm (the peer's node-nlp comes from the npm registry:
# `npm install --offline` finds no cached copy on a fresh machine, so the first run needs the registry).
set -euo pipefail

aot=false
if [[ "${1:-}" == "--aot" ]]; then
    aot=true
    shift
fi
runs="${1:-10}"
questions_count=1250
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/BenchmarkDotNet.Artifacts/process"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for tool in hyperfine node npm; do
    if ! command -v "$tool" > /dev/null; then
        echo "$tool is missing (hyperfine: apt-get install -y hyperfine)." >&2
        exit 1
    fi
done

echo "Building and publishing Release..." >&2
dotnet build -c Release "$root/src/MoocBot" -nologo -v quiet >&2
dotnet publish -c Release -r linux-x64 "$root/src/MoocBot" -o "$work/r2r" -nologo -v quiet >&2
dotnet publish -c Release -r linux-x64 "$root/src/MoocBot.Ask" -o "$work/ask" -nologo -v quiet >&2
ls -l "$work/ask/moocbot-ask" | awk '{ printf "moocbot-ask executable: %.1f MB\n", $5 / 1048576 }'
if [[ "$aot" == true ]]; then
    dotnet publish -c Release -r linux-x64 -p:PublishAot=true "$root/src/MoocBot" -o "$work/aot" -nologo -v quiet >&2
    ls -l "$work/aot/moocbot" | awk '{ printf "Native AOT executable: %.1f MB\n", $5 / 1048576 }'
fi
if [[ ! -d "$root/bench/nlpjs-peer/node_modules/node-nlp" ]]; then
    (cd "$root/bench/nlpjs-peer" && npm install --no-audit --no-fund >&2)
fi

mapfile -t sample < "$root/bench/questions.txt"
questions="$work/questions.txt"
for ((i = 0; i < questions_count; i++)); do
    printf '%s\n' "${sample[i % ${#sample[@]}]}"
done > "$questions"

# Run from the repository root so Facts:Path (data/facts.json) resolves to the checked-in data.
cd "$root"
# Each command is what precedes "--json": moocbot's ask verb, or moocbot-ask, which takes ask's arguments.
names=(jit r2r)
commands=("dotnet $root/src/MoocBot/bin/Release/net10.0/moocbot.dll ask" "$work/r2r/moocbot ask")
if [[ "$aot" == true ]]; then
    names+=(aot)
    commands+=("$work/aot/moocbot ask")
fi
names+=(moocbot-ask)
commands+=("$work/ask/moocbot-ask")
peer="node $root/bench/nlpjs-peer/peer.js $root/data/facts.json"

# Not a test: a one-off check that every build and the peer print one JSON line per question.
check_lines() {
    if [[ "$1" -ne "$questions_count" ]]; then
        echo "'$2' printed $1 lines for $questions_count questions." >&2
        exit 1
    fi
}
for command in "${commands[@]}"; do
    check_lines "$($command --json < "$questions" | wc -l)" "$command"
done
# Not a test either (AskExecutableTests is): every build, moocbot-ask included, prints the bytes the JIT build prints.
${commands[0]} --json < "$questions" > "$work/expected.jsonl"
for command in "${commands[@]:1}"; do
    if ! $command --json < "$questions" | cmp -s - "$work/expected.jsonl"; then
        echo "'$command --json' prints other bytes than '${commands[0]} --json'." >&2
        exit 1
    fi
done
check_lines "$($peer < "$questions" | wc -l)" "$peer"
echo "Output check: $questions_count lines from each build and from the peer; every build's the same bytes." >&2

first=()
batch=()
for i in "${!names[@]}"; do
    first+=(-n "${names[i]}" "${commands[i]} --json 'How many MOOCs are there in China?'")
    batch+=(-n "${names[i]}" "${commands[i]} --json < $questions > /dev/null")
done
batch+=(-n "nlp.js peer" "$peer < $questions > /dev/null")

echo "== First answer: one ask --json process per run"
hyperfine --warmup 3 --runs "$runs" -N --output=pipe --export-json "$out/first-answer.json" "${first[@]}"
echo "== $questions_count questions on standard input, against the nlp.js peer"
hyperfine --warmup 1 --runs "$runs" --output=pipe --export-json "$out/batch-$questions_count.json" "${batch[@]}"

# Means (the issue's goals are wall means) and medians, and how many times the peer's mean each build's is.
node -e '
const fs = require("fs");
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const first = JSON.parse(fs.readFileSync(process.argv[1])).results;
const batch = JSON.parse(fs.readFileSync(process.argv[2])).results;
const peer = batch.find((r) => r.command === "nlp.js peer").mean;
const ms = (s) => (s * 1000).toFixed(1);
const cpu = (r) => ((r.user + r.system) * 1000).toFixed(0);
for (const r of first) console.log(`first answer ${r.command.padEnd(11)} mean ${ms(r.mean)} ms, median ${ms(median(r.times))} ms (min ${ms(r.min)} ms), CPU ${cpu(r)} ms`);
for (const r of batch) console.log(`'"$questions_count"' questions ${r.command.padEnd(11)} mean ${ms(r.mean)} ms, median ${ms(median(r.times))} ms (min ${ms(r.min)} ms), CPU ${cpu(r)} ms, ${(peer / r.mean).toFixed(1)}x the peer`);
' "$out/first-answer.json" "$out/batch-$questions_count.json"
# Other work on the machine skews wall clock most: say how busy it was (CPU time, user + sys, is the steadier figure).
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); commit $(git -C "$root" rev-parse --short HEAD)"
