#!/usr/bin/env bash
# Speed benchmarks, every ratio measured in this one run on this machine (results: BENCHMARKS.md).
#   tools/bench.sh [CHAPTER]    CHAPTER defaults to the sample chapter in ../shared/samples/
# Needs the Debian packages espeak-ng and flite (their command-line programs are the raw-engine
# baselines) and `time`; installs them when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
chapter=$(realpath "${1:-../shared/samples/smash-chapter-1.txt}")
corpus_dir=$(realpath ../shared/eval/litbank/data)

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
for package in espeak-ng flite time; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$package" >/dev/null
done
cargo build --release --locked --quiet
bin=$root/target/release/tableread

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# Seconds a command takes (best of 3); its peak memory in MB is left in peak.txt.
seconds() {
    local best="" run elapsed
    for run in 1 2 3; do
        /usr/bin/time -f "%e %M" -o time.txt "$@" >/dev/null 2>&1
        elapsed=$(cut -d' ' -f1 time.txt)
        awk '{printf "%.0f", $2 / 1024}' time.txt >peak.txt
        if [ -z "$best" ] || awk "BEGIN{exit !($elapsed < $best)}"; then best=$elapsed; fi
    done
    echo "$best"
}
peak() { cat peak.txt; }
ratio() { awk "BEGIN{printf \"%.1f\", $1 / ($2 > 0.005 ? $2 : 0.005)}"; }
audio_seconds() { python3 -c "import wave,sys; w=wave.open(sys.argv[1]); print(w.getnframes()/w.getframerate())" "$1"; }

echo "machine: $(nproc) cores, $(uname -m); chapter: $(basename "$chapter") ($(wc -c <"$chapter") bytes)"
echo

# Script stage: a 1 MB text of 100 novel openings.
cat "$corpus_dir"/*.txt >novels.txt
mb=$(awk "BEGIN{printf \"%.2f\", $(wc -c <novels.txt) / 1e6}")
t=$(seconds taskset -c 0 "$bin" script novels.txt --format jsonl)
echo "script: ${mb} MB of novels in ${t} s on one core ($(ratio "$mb" "$t") MB/s; target: 1 MB under 1 s)"

# Render with espeak-ng voices (--draft) against the espeak-ng program on the same words.
cp "$chapter" chapter.txt
"$bin" script chapter.txt 2>/dev/null
"$bin" script chapter.txt --format jsonl |
    python3 -c "import json,sys; print('\n\n'.join(r['text'] for r in map(json.loads, sys.stdin) if r['kind'] != 'skip'))" >voiced.txt
t_raw=$(seconds espeak-ng -v en-us -w raw.wav -f voiced.txt)
raw_audio=$(audio_seconds raw.wav)
t_draft=$(seconds "$bin" render scripts/chapter.script.toml --draft -o draft.wav)
draft_audio=$(audio_seconds draft.wav)
echo "render --draft (espeak-ng voices): ${t_draft} s for $(printf %.0f "$draft_audio") s of audio ($(ratio "$draft_audio" "$t_draft")x realtime, peak $(peak) MB)"
echo "  espeak-ng program, one voice, same words: ${t_raw} s for $(printf %.0f "$raw_audio") s ($(ratio "$raw_audio" "$t_raw")x realtime)"
echo "  ratio, ours / raw engine (time per second of audio): $(awk "BEGIN{printf \"%.2f\", ($t_draft / $draft_audio) / ($t_raw / $raw_audio)}")"

# Render with the default cast against flite's program, its best voice, on the same words.
t_flite=$(seconds flite -voice slt -f voiced.txt -o flite.wav)
flite_audio=$(audio_seconds flite.wav)
rm -f voices/chapter.cast.toml
t_full=$(seconds "$bin" render scripts/chapter.script.toml -o full.wav)
full_audio=$(audio_seconds full.wav)
echo "render (default cast): ${t_full} s for $(printf %.0f "$full_audio") s of audio ($(ratio "$full_audio" "$t_full")x realtime, peak $(peak) MB)"
echo "  flite program, slt, same words: ${t_flite} s for $(printf %.0f "$flite_audio") s ($(ratio "$flite_audio" "$t_flite")x realtime)"
echo "  ratio, ours / raw engine (time per second of audio): $(awk "BEGIN{printf \"%.2f\", ($t_full / $full_audio) / ($t_flite / $flite_audio)}")"

# Render with Kokoro's neural voices, the default cast once tools/setup-kokoro.sh has run, against
# the speed of the model itself (examples/kokoro_bench.rs gives it per thread layout).
if [ -f "$root/voices/kokoro/kokoro-v1.0.decoder-fp32.onnx" ]; then
    mkdir -p voices
    ln -sfn "$root/voices/kokoro" voices/kokoro
    # The voices' measurements, when there are any, so the timing leaves them out.
    if [ -f "$root/voices/catalogue.toml" ]; then cp "$root/voices/catalogue.toml" voices/; fi
    rm -f voices/chapter.cast.toml
    t_kokoro=$(seconds "$bin" render scripts/chapter.script.toml -o kokoro.wav)
    kokoro_audio=$(audio_seconds kokoro.wav)
    echo "render (Kokoro cast): ${t_kokoro} s for $(printf %.0f "$kokoro_audio") s of audio ($(ratio "$kokoro_audio" "$t_kokoro")x realtime, peak $(peak) MB; issue 5 target: 3x)"
fi

# A long render: the first 100 kB of the novels, drafted, for speed and memory at book scale.
head -c 100000 novels.txt | iconv -c -f utf-8 -t utf-8 >long.txt
t_long=$(seconds "$bin" render long.txt --draft -o long.wav)
long_audio=$(audio_seconds long.wav)
echo "long render --draft: 100 kB in ${t_long} s, $(printf %.0f "$long_audio") s of audio ($(ratio "$long_audio" "$t_long")x realtime, peak $(peak) MB)"
