#!/bin/bash
# Scores the rule evaluator on evaluation sets and prints the benchmark report (verbose: every disagreement).
# Usage: scripts/evaluation/score.sh [REPO_DIR] SETS [-Dkoto.benchmark.verbose=false ...]
#   SETS: comma-separated classpath names (evaluation/blind-dev24.jsonl) or file paths; "all" = every development set.
# JDK: $JAVA_HOME, else /usr/lib/jvm/temurin-25-jdk-amd64 when present. Takes 1–4 minutes for all sets.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
if [[ $# -ge 1 && -d "$1" ]]; then repo=$1; shift; else repo=$here; fi
sets=${1:?usage: score.sh [REPO_DIR] SETS [-D...]}; shift
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
[[ -n "${JAVA_HOME:-}" ]] && export PATH=$JAVA_HOME/bin:$PATH
export VAADIN_USAGE_STATS_ENABLED=false
if [[ $sets == all ]]; then
  sets=$(ls "$repo"/src/test/resources/evaluation/*.jsonl | sed 's#.*/resources/##' | paste -sd,)
fi
cd "$repo"
./mvnw -q -B -Pbenchmark test -Dvaadin.skip -Dtest=EvaluationBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dkoto.benchmark.set="$sets" -Dkoto.benchmark.throughput=false -Dkoto.benchmark.verbose=true "$@"
