#!/usr/bin/env bash
# Times `tableread script` on a ~1 MB novel-like text (the eval excerpts joined, read in place
# from ../shared/eval; nothing is copied into the repository) and on 4 MB, to show the cost is linear,
# and on a generated all-dialogue chapter;
# then `tableread cast` of the 1 MB script (hundreds of speakers; needs voices/catalogue.toml).
#   tools/bench-script.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-${CARGO_TARGET_DIR:-target}/release/tableread}
data=../shared/eval/litbank/data
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat "$data"/*.txt >"$work/novel1.txt"
for _ in 1 2 3 4; do cat "$work/novel1.txt"; done >"$work/novel4.txt"
# A chapter that is one unbroken exchange (no narration between lines, a first name called in
# every other line): the worst case for the passes that look across an exchange.
names=(Agnes Walter Clara Edwin Martha Oscar Edith Henry)
for i in $(seq 0 11999); do
    n=${names[$((i * 7 % 8))]}
    if ((i % 2 == 0)); then
        printf '"%s, what are you doing?" said the tall lady, "come here."\n\n' "$n"
    else
        printf '"Nothing at all, %s," replied the child.\n\n' "$n"
    fi
done >"$work/talk.txt"
for name in novel1 novel4 talk; do
    bytes=$(wc -c <"$work/$name.txt")
    best=""
    for _ in 1 2 3; do
        start=$(date +%s.%N)
        taskset -c 0 "$binary" script "$work/$name.txt" --format jsonl >/dev/null
        end=$(date +%s.%N)
        t=$(echo "$end - $start" | bc)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
    done
    echo "$name: $bytes bytes, best of 3 on one core: ${best}s"
done
"$binary" script "$work/novel1.txt" -o "$work/novel1.script.toml" >/dev/null 2>&1
"$binary" cast "$work/novel1.script.toml" -o "$work/novel1.cast.toml" >/dev/null 2>&1 # measures the catalogue if needed
start=$(date +%s.%N)
taskset -c 0 "$binary" cast "$work/novel1.script.toml" -o "$work/novel1.cast.toml" >/dev/null 2>&1
end=$(date +%s.%N)
echo "cast of the 1 MB script ($(grep -c '^"' "$work/novel1.cast.toml") speakers) on one core: $(echo "$end - $start" | bc)s"
