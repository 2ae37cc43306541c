#!/usr/bin/env bash
# Runs the backend's date-sensitive integration suites once more at another date, with the whole
# process tree (Node and the embedded PostgreSQL it starts) under libfaketime: no test may pass
# or fail because of the day it runs on. The default date is far from today and on the last day
# of a fiscal year; the suites finish well before midnight Japan time.
#
#   TEST_AT='2031-12-28 16:00:00 +0900' npm run test:another-date
#
# Needs Debian's faketime (apt-get install faketime); .ci/run installs it.
set -euo pipefail
cd "$(dirname "$0")/../.."

at="${TEST_AT:-2029-03-31 18:00:00 +0900}"
# demo-days seeds at its own fixed moments, whatever the date: it is left out.
suites='src/(demo/(?!demo-days\.)|(bookings|lottery|notifications|rooms|staff|courses|organiser|accounts|access|admin|roles|rosters|audit|calendar|course-images|facilities|instructors|certificates|learning|questionnaires)/)'

if ! command -v faketime >/dev/null 2>&1; then
  echo "The tests at another date need libfaketime: apt-get install faketime" >&2
  exit 1
fi

echo "Backend integration suites at ${at} (time runs on from there)"
# Monotonic clocks stay real, so that timers and timeouts behave. test.sh runs the suites in the
# same two parts as `nx run backend:test` (see backend/jest.config.cjs).
FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -m "${at}" \
  bash backend/scripts/test.sh --testPathPatterns "${suites}"
