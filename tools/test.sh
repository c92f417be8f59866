#!/usr/bin/env bash
# Runs the whole test suite: unit tests, integration tests with the real engines, doc tests.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --release --locked "$@"
