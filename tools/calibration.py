#!/usr/bin/env python3
"""Calibration of `tableread script` confidences against the attribution eval.

usage: tools/calibration.py DATA_DIR OUT_DIR [--errors SIEVE]

Reads OUT_DIR/<id>.raw.jsonl (written by ../shared/eval/attribution.sh) and DATA_DIR/<id>.gold.jsonl,
links each gold quotation to the predicted dialogue row with the largest overlap (as score.py
does), and prints accuracy by confidence band and by sieve (the first word of `evidence`).
Standard library only.
"""
import glob
import json
import os
import sys
from collections import defaultdict


def sieve_of(evidence):
    e = evidence or ""
    for prefix in ("tag before", "tag", "same paragraph", "continues", "voice", "group", "acting", "first acting",
                   "addressed", "turn-taking", "last resort"):
        if e.startswith(prefix):
            return prefix
    return e.split(":")[0]


def main():
    data, out = sys.argv[1], sys.argv[2]
    show = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--errors" else None
    bands = defaultdict(lambda: [0, 0])
    # Lines we give to `narrator` (a first-person narrator's own speech, by design) where the
    # gold names the narrator instead (`Watson`): counted apart, as a disagreement of convention.
    design = defaultdict(lambda: [0, 0])
    sieves = defaultdict(lambda: [0, 0])
    for gold_path in sorted(glob.glob(os.path.join(data, "*.gold.jsonl"))):
        work = os.path.basename(gold_path)[: -len(".gold.jsonl")]
        raw = os.path.join(out, work + ".raw.jsonl")
        if not os.path.exists(raw):
            continue
        preds = [json.loads(l) for l in open(raw, encoding="utf-8") if l.strip()]
        preds = [p for p in preds if p["kind"] == "dialogue"]
        text = open(os.path.join(data, work + ".txt"), "rb").read()
        for line in open(gold_path, encoding="utf-8"):
            g = json.loads(line)
            if not g.get("scorable", True):
                continue
            best, overlap = None, 0
            for p in preds:
                o = min(p["end"], g["end"]) - max(p["start"], g["start"])
                if o > overlap:
                    best, overlap = p, o
            if best is None:
                continue
            right = (best["speaker"] or "").strip().casefold() in {a.strip().casefold() for a in g["aliases"]}
            c = best["confidence"] or 0
            band = "≥0.9" if c >= 0.9 else "0.8–0.9" if c >= 0.8 else "0.6–0.8" if c >= 0.6 else "0.4–0.6" if c >= 0.4 else "<0.4"
            bands[band][0] += right
            bands[band][1] += 1
            by_design = best["speaker"] == "narrator" and not right
            design[band][0] += right or by_design
            design[band][1] += 1
            s = sieve_of(best["evidence"])
            sieves[s][0] += right
            sieves[s][1] += 1
            if show and s == show and not right:
                ctx = text[max(0, g["start"] - 150): g["end"] + 80].decode("utf-8", "replace").replace("\n", " ")
                print(f"{work}: gold {g['speaker']!r} got {best['speaker']!r} ({best['evidence']})\n    {ctx}\n")
    print("confidence   right / lines   accuracy   (counting `narrator` for a named first-person narrator as right)")
    for band in ("≥0.9", "0.8–0.9", "0.6–0.8", "0.4–0.6", "<0.4"):
        r, n = bands[band]
        d = design[band][0]
        if n:
            print(f"{band:<12} {r:5} / {n:<5}   {100 * r / n:5.1f}%     {100 * d / n:5.1f}%")
    print("\nsieve                right / lines   accuracy")
    for s, (r, n) in sorted(sieves.items(), key=lambda kv: -kv[1][1]):
        print(f"{s:<20} {r:5} / {n:<5}   {100 * r / n:5.1f}%")


if __name__ == "__main__":
    main()
