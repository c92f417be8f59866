#!/usr/bin/env bash
# Installs everything tableread needs on Debian 12, builds it, and renders the bundled example
# chapter to output/example.wav. Safe to run again: each step skips what is already done.
#   tools/setup.sh           everything
#   tools/setup.sh --deps    only the Debian packages and the voice assets (what CI needs first)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(pkg-config libasound2-dev libespeak-ng-dev espeak-ng-data flite1-dev)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! command -v cargo >/dev/null 2>&1; then
    echo "setup: Rust is not installed; install Rust 1.87 or newer (https://rustup.rs) and run this again" >&2
    exit 1
fi

# Optional public-domain first-name lists: they help tell a character's gender.
tools/fetch-names.sh || echo "setup: first-name lists not fetched; continuing without them" >&2

[ "${1:-}" = "--deps" ] && exit 0

cargo build --release --locked
mkdir -p output
./target/release/tableread render scripts/example.txt -o output/example.wav
echo "setup: done. Listen to output/example.wav, or run: ./target/release/tableread play output/example.wav"
