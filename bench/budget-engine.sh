#!/usr/bin/env bash
# Speed figures for the budget-engine: Wieliczka 2023 with equalshares/add1, and a generated
# 100,000-voter, 150-project approval election with equalshares/add1, both in a 256 MB heap.
# Builds the engine first when its jar is missing or older than its sources.
# Usage: bench/budget-engine.sh [VOTERS] [PROJECTS]
set -euo pipefail
cd "$(dirname "$0")/.."
engine=module-budget/budget-engine
jar=$engine/target/budget-engine.jar
if [ ! -f "$jar" ] || [ -n "$(find "$engine/src/main" "$engine/pom.xml" -newer "$jar" -print -quit)" ]; then
    echo "building $jar"
    (cd "$engine" && mvn -B -q package -DskipTests)
fi
exec java -Xmx256m -cp "$jar" org.oursociety.budget.engine.bench.Benchmark \
    "$engine/src/test/resources/pabulib/Poland_Wieliczka_2023_Green_Budget.pb" "${1:-100000}" "${2:-150}"
