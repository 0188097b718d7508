#!/usr/bin/env bash
# The postcode import at full size (issue 11: the 2.7 million rows of the ONS Postcode Directory in under
# 2 minutes). Writes a made-up file in the ONS layout once (bench/directory/PostcodeFileGenerator.java),
# then uploads it to a running portal and prints the seconds and the machine's load.
# Usage: bench/directory-postcodes.sh [BASE_URL] [ADMIN_EMAIL] [ADMIN_PASSWORD] [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${4:-2700000}"
file="${TMPDIR:-/tmp}/oursociety-postcodes-$rows.csv"
if [ ! -s "$file" ]; then
    java bench/directory/PostcodeFileGenerator.java "$file.part" "$rows" && mv "$file.part" "$file"
fi
java -Xmx256m bench/directory/PostcodeBench.java \
    "${1:-http://localhost:${PORTAL_PORT:-8080}}" \
    "${2:-admin@demo.oursociety.org}" "${3:-demo-admin-2026}" "$file"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
