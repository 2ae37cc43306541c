#!/usr/bin/env bash
# The backend's suites in the two parts backend/jest.config.cjs defines: first every suite that
# decides nothing by the wall clock, two at a time; then, one at a time, the suites that wait on
# timers, measure, race a real server, or break PostgreSQL or the app on purpose — by then the
# other tasks of `npm test` have finished, so they run on a machine as quiet as it gets.
# Both parts always run; the exit status is non-zero if either failed. Arguments go to both Jest
# runs (e.g. --testPathPatterns); a part that has no suite left passes.
#
#   bash backend/scripts/test.sh                         # what `nx run backend:test` runs
#   bash backend/scripts/test.sh --testPathPatterns src/bookings/
set -uo pipefail
cd "$(dirname "$0")/../.."

export NODE_OPTIONS="${NODE_OPTIONS:---experimental-vm-modules --no-warnings=ExperimentalWarning}"
jest=(node node_modules/jest/bin/jest.js -c backend/jest.config.cjs --passWithNoTests)

status=0
BACKEND_TEST_PART=parallel "${jest[@]}" --maxWorkers=2 "$@" || status=1
BACKEND_TEST_PART=sequential "${jest[@]}" --runInBand "$@" || status=1
exit "${status}"
