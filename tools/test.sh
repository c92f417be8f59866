#!/usr/bin/env bash
# Runs the whole test suite: unit tests, integration tests with the real engines, doc tests.
# When what the optional `speech-dispatcher` feature needs is installed (tools/setup.sh --deps
# --speech-dispatcher, as CI does), a build with that feature runs its own tests against a real
# speech-dispatcher daemon (the rest of the suite does not change with the feature);
# TABLEREAD_SPEECHD=0 skips that pass.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --release --locked "$@"
if [ "${TABLEREAD_SPEECHD:-1}" = 0 ]; then
    exit 0
elif [ -f /usr/include/speech-dispatcher/libspeechd.h ] && [ -x /usr/bin/speech-dispatcher ]; then
    cargo test --release --locked --features speech-dispatcher --test speechd --test cli "$@" -- daemon speech_dispatcher
else
    echo "test: speech-dispatcher feature not tested (tools/setup.sh --deps --speech-dispatcher installs what it needs)" >&2
fi
