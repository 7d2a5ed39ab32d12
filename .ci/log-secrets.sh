#!/usr/bin/env bash
# Greps a full test run's log (Maven output with every app log line of the suite) for what must never be
# logged: the test suite's passwords, tokens and keys, any JWT, bearer headers, and learner audio (WAV/OGG
# bytes or their base64). Usage: .ci/log-secrets.sh target/ci-verify.log
set -euo pipefail
log=${1:?usage: $0 LOG}
[ -s "$log" ] || { echo "log-secrets: $log is missing or empty" >&2; exit 1; }
patterns=(
  'admin-test-password'                              # IntegrationTest.ADMIN_PASSWORD
  'correct-horse-1'                                  # learners' password in Api.newLearner
  'test-scrape-token-3f9a1c7e5b'                     # IntegrationTest.SCRAPE_TOKEN
  'two-instance-test-secret'                         # a JWT signing secret
  'eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}'     # a JWT
  '[Aa]uthorization: *(Bearer|Basic) '               # credentials headers
  'x-goog-api-key'                                   # the Gemini key header
  'UklGR[A-Za-z0-9+/]{40,}'                          # base64 of a WAV (RIFF…)
  'T2dnUw[A-Za-z0-9+/]{40,}'                         # base64 of an OGG
  'RIFF....WAVEfmt'                                  # raw WAV bytes
)
found=0
for p in "${patterns[@]}"; do
  if grep -aEn -m 3 -- "$p" "$log" >/tmp/log-secrets.$$ 2>/dev/null; then
    echo "log-secrets: '$p' appears in $log:" >&2
    cut -c1-300 /tmp/log-secrets.$$ >&2
    found=1
  fi
done
rm -f /tmp/log-secrets.$$
[ "$found" -eq 0 ] || exit 1
echo "log-secrets: $(wc -l <"$log") log lines, none with a password, token, key or learner audio"
