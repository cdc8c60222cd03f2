#!/usr/bin/env bash
# Measures `ask --json` answering 1,000 questions from standard input: the CPU time (user + sys) of
# the whole process, start-up included, repeated 5 times; prints each run and the median.
# Goal (issue 2): under 1 s of process time.
#
# Usage: bench/run-answering.sh [runs]        (from anywhere; default 5 runs)
# Needs GNU time at /usr/bin/time (the shell's `time` keyword cannot report user, sys and max RSS
# separately): on Debian/Ubuntu `sudo apt-get install -y time`.
set -euo pipefail

runs="${1:-5}"
questions_count=1000
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dll="$root/src/MoocBot/bin/Release/net10.0/moocbot.dll"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ ! -x /usr/bin/time ]]; then
    echo "GNU time is missing: install it with 'apt-get install -y time'." >&2
    exit 1
fi

echo "Building Release..." >&2
dotnet build -c Release "$root/src/MoocBot" -nologo -v quiet >&2

# Questions as people type them (bench/questions.txt: answerable, out of scope and ambiguous), cycled to 1,000 lines.
mapfile -t sample < "$root/bench/questions.txt"
questions="$work/questions.txt"
for ((i = 0; i < questions_count; i++)); do
    printf '%s\n' "${sample[i % ${#sample[@]}]}"
done > "$questions"

# Run from the repository root so Facts:Path (data/facts.json) resolves to the checked-in data.
cd "$root"

# Not a test: a one-off check that every question got exactly one JSON line.
lines="$(dotnet "$dll" ask --json < "$questions" | wc -l)"
if [[ "$lines" -ne "$questions_count" ]]; then
    echo "ask --json printed $lines lines for $questions_count questions." >&2
    exit 1
fi
echo "Output check: $lines lines for $questions_count questions." >&2

# Prints the median of its arguments.
median() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Runs ask --json on the given input file `runs` times; prints each run, leaves user+sys in cpu_times.
measure() {
    local input="$1" run user sys wall rss cpu
    cpu_times=()
    printf '%-5s %8s %8s %8s %9s %10s\n' run user_s sys_s cpu_s wall_s maxrss_kb
    for ((run = 1; run <= runs; run++)); do
        /usr/bin/time -f "%U %S %e %M" -o "$work/time.txt" dotnet "$dll" ask --json < "$input" > /dev/null
        read -r user sys wall rss < "$work/time.txt"
        cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
        cpu_times+=("$cpu")
        printf '%-5s %8s %8s %8s %9s %10s\n' "$run" "$user" "$sys" "$cpu" "$wall" "$rss"
    done
}

# Start-up alone (runtime, loading and checking the repository, building the index): no questions.
echo "ask --json with no questions (start-up only):"
measure /dev/null
startup="$(median "${cpu_times[@]}")"

echo "ask --json with $questions_count questions:"
measure "$questions"
answering="$(median "${cpu_times[@]}")"

echo "Median process time (user + sys), start-up only: ${startup} s"
echo "Median process time (user + sys) for $questions_count questions: ${answering} s (goal: under 1 s)"
