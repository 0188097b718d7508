#!/usr/bin/env bash
# Counting at scale: BALLOTS (default 100,000) approval ballots on PROJECTS (default 150) projects,
# moved to results under equalshares/add1 through the API (count and store) and the results page
# shown; prints the seconds (goal: under 5 s in all).
# Usage: bench/budget-results.sh [BALLOTS] [PROJECTS]
exec "$(dirname "$0")/budget-portal.sh" results "$@"
