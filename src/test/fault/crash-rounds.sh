#!/usr/bin/env bash
# Runs the crash test alone with any number of rounds of each kind (SIGKILL of the service, of its postmaster):
#   src/test/fault/crash-rounds.sh 10      -> 10 + 10 rounds, then prints acknowledged / lost / duplicated
# It builds the packaged jar, skips the other tests, and leaves its logs in target/fault/.
set -euo pipefail
cd "$(dirname "$0")/../../.."
rounds="${1:-10}"
./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=CrashRecoveryIT -Dcrash.rounds="$rounds" | grep -E "Crash (round|test)|Tests run:|BUILD"
