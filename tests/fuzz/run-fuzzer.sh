#!/bin/sh
# SPDX-FileCopyrightText: 2026 RCC Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
# run-fuzzer.sh HARNESS CORPUS_DIR SECONDS SEED_DIR...
set -eu
harness=$1 corpus=$2 seconds=$3
shift 3
mkdir -p "$corpus"
# Crashes are written next to the corpus, to be turned into regression tests.
exec "$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$corpus/" "$corpus" "$@"
