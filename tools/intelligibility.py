#!/usr/bin/env python3
"""Word error rate of speech against the text it was made from (run by tools/intelligibility.sh).

    intelligibility.py --model DIR --reference TEXT [--transcripts DIR] VOICE=WAV...

Transcribes each WAV with faster-whisper (the CTranslate2 port of OpenAI Whisper), normalises the
transcript and the reference the same way (lower case, numbers as words, no punctuation), aligns
them word by word and prints one Markdown row per voice, then a summary. Only the standard library
and faster_whisper are used; nothing is downloaded (the model is a local folder).
"""

import argparse
import os
import re
import statistics
import sys
import time
import wave

ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(n):
    """English words for 0 <= n < 1,000,000, as a speaker reads a quantity ("forty two")."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " " + number_words(rest))
    rest = n % 1000
    return number_words(n // 1000) + " thousand" + ("" if rest == 0 else " " + number_words(rest))


def normalise(text):
    """Lower case words, digits spelled out, hyphens as spaces, other punctuation dropped.

    Whisper writes "forty" as "40" and "twenty-one" as "21" or "twenty-one"; the reference spells
    numbers out, so both sides become "forty", "twenty one" before they are compared.
    """
    text = text.lower().replace("’", "'")
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)  # 1,200 -> 1200
    text = re.sub(r"\d+", lambda m: " " + number_words(int(m.group())) + " "
                  if int(m.group()) < 1_000_000 else m.group(), text)
    text = re.sub(r"[-–—/]", " ", text)
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    return [w.strip("'") for w in text.split() if w.strip("'")]


def align(ref, hyp):
    """Levenshtein alignment of two word lists: (substitutions, deletions, insertions, edits).

    edits lists the errors in order: "ref→hyp", "-ref" (dropped) or "+hyp" (added).
    """
    rows, cols = len(ref) + 1, len(hyp) + 1
    cost = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        cost[i][0] = i
    for j in range(cols):
        cost[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            diagonal = cost[i - 1][j - 1] + (ref[i - 1] != hyp[j - 1])
            cost[i][j] = min(diagonal, cost[i - 1][j] + 1, cost[i][j - 1] + 1)
    subs = dels = ins = 0
    edits = []
    i, j = len(ref), len(hyp)
    while i > 0 or j > 0:
        if i > 0 and j > 0 and cost[i][j] == cost[i - 1][j - 1] + (ref[i - 1] != hyp[j - 1]):
            if ref[i - 1] != hyp[j - 1]:
                subs += 1
                edits.append(f"{ref[i - 1]}→{hyp[j - 1]}")
            i, j = i - 1, j - 1
        elif i > 0 and cost[i][j] == cost[i - 1][j] + 1:
            dels += 1
            edits.append(f"-{ref[i - 1]}")
            i -= 1
        else:
            ins += 1
            edits.append(f"+{hyp[j - 1]}")
            j -= 1
    return subs, dels, ins, edits[::-1]


def audio_seconds(path):
    with wave.open(path) as w:
        return w.getnframes() / w.getframerate()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", required=True, help="faster-whisper model folder (model.bin, ...)")
    parser.add_argument("--reference", required=True, help="the text every WAV speaks")
    parser.add_argument("--transcripts", help="write VOICE.txt transcripts into this folder")
    parser.add_argument("--compute-type", default="int8", help="CTranslate2 compute type (int8, float32)")
    parser.add_argument("pairs", nargs="+", metavar="VOICE=WAV")
    args = parser.parse_args()

    from faster_whisper import WhisperModel  # after argparse, so --help works without it

    with open(args.reference, encoding="utf-8") as f:
        ref = normalise(f.read())
    model = WhisperModel(args.model, device="cpu", compute_type=args.compute_type,
                         cpu_threads=os.cpu_count() or 1)

    print("| voice | WER | S | D | I | N | audio s | recognizer s | errors (reference→heard) |")
    print("|---|---|---|---|---|---|---|---|---|")
    results = []
    for pair in args.pairs:
        voice, _, path = pair.rpartition("=")
        start = time.monotonic()
        # Beam 5 with temperature fallback, as Whisper's own command line decodes; the language
        # is fixed so that a garbled voice cannot switch the recognizer to another language.
        segments, _ = model.transcribe(path, language="en", beam_size=5)
        heard = " ".join(s.text.strip() for s in segments)
        elapsed = time.monotonic() - start
        if args.transcripts:
            name = re.sub(r"[^A-Za-z0-9_.+*-]", "_", voice)
            with open(os.path.join(args.transcripts, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(heard + "\n")
        subs, dels, ins, edits = align(ref, normalise(heard))
        wer = 100 * (subs + dels + ins) / len(ref)
        results.append((voice, wer))
        print(f"| {voice} | {wer:.1f} % | {subs} | {dels} | {ins} | {len(ref)} | "
              f"{audio_seconds(path):.1f} | {elapsed:.1f} | {', '.join(edits)} |", flush=True)

    print()
    engines = {}
    for voice, wer in results:
        engines.setdefault(voice.split(":")[0], []).append((voice, wer))
    for engine, rows in [("all", results)] + sorted(engines.items()):
        wers = [w for _, w in rows]
        worst = max(rows, key=lambda r: r[1])
        over = sum(w > 2.0 for w in wers)
        print(f"{engine}: {len(rows)} voices, mean WER {statistics.mean(wers):.2f} %, "
              f"median {statistics.median(wers):.2f} %, max {worst[1]:.1f} % ({worst[0]}), "
              f"{over} over 2 %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
