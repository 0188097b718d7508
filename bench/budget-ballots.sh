#!/usr/bin/env bash
# Ballots through the API: 32 concurrent voters cast and change approval ballots for SECONDS (default 20)
# as VOTERS (default 640) verified residents; prints ballots per second (goal: at least 500) and checks
# that every voter's stored ballot is the last one the portal acknowledged, with one row per voter.
# Usage: bench/budget-ballots.sh [VOTERS] [SECONDS]
exec "$(dirname "$0")/budget-portal.sh" ballots "$@"
