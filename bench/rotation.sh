#!/usr/bin/env bash
# Times the speed-meeting rotation for the field's case (90 students, 21 industrialists,
# 4 rounds of 15 min): generation must take under 5 s. Usage: bench/rotation.sh [limit-ms]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -Dpasserelle.cds.skip=true test-compile dependency:build-classpath \
	-Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
	org.passerelle.matchmaking.rotation.RotationBench "${1:-3000}" 2>&1 | grep -v ' INFO \| DEBUG '
