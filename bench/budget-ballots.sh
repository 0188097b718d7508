#!/usr/bin/env bash
# Ballots through the API: 32 concurrent voters cast and change approval ballots for SECONDS (default 20)
# as VOTERS (default 640) verified residents; prints ballots per second (goal: at least 500) and checks
# that every voter's stored ballot is the last one the portal acknowledged, with one row per voter. The
# SECONDS counted follow BENCH_WARMUP_SECONDS (default 10) of the same voting, stored and checked but not
# counted; per ballot it prints commits, WAL flushes and CPU (Payara, PostgreSQL, this client), and with
# BENCH_PG_STATEMENTS=1 the statements each ballot runs.
# Usage: bench/budget-ballots.sh [VOTERS] [SECONDS]
exec "$(dirname "$0")/budget-portal.sh" ballots "$@"
