#!/usr/bin/env bash
# Speed figures for the directory (issue 11), against a running portal:
#   1. the official HSDS example data package imported 100 times over as distinct records (time);
#   2. 10,000 services at 12,000 locations loaded into an area (time);
#   3. a search combining words, category and distance from a postcode, 16 connections: p50/p99;
#   4. /directory/api/hsds/services?page=N through the whole set: first, middle and last page times.
# Start the portal first (with --demo, for the made-up DM1/DM2 postcodes and the demo-borough area), e.g.
#   PORTAL_PORT=18080 PORTAL_DATA_DIR=/tmp/bench-data java -jar portal-core/portal-launcher/target/portal.jar --demo
# Usage: bench/directory.sh [BASE_URL] [ADMIN_EMAIL] [ADMIN_PASSWORD] [AREA]
# (AREA: one loaded by an earlier run, printed by it; then only the search and paging are measured)
set -euo pipefail
cd "$(dirname "$0")/.."
java -Xmx512m bench/directory/DirectoryBench.java \
    "${1:-http://localhost:${PORTAL_PORT:-8080}}" \
    "${2:-admin@demo.oursociety.org}" "${3:-demo-admin-2026}" \
    module-directory/src/test/resources/hsds-3.0/examples/service_full.json ${4:+"$4"}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
