#!/usr/bin/env bash
# Benchmark of the partnership conventions: list, filters, detail and export on many conventions.
#
#   bench/conventions.sh [conventions] [organisations]      (defaults: 5000 and 20000)
#
# Starts the portal (packaged jar) on port ${BENCH_PORT:-a free one} with the demo data, adds
# `organisations` synthetic organisations (passerelle.organisation.generate) and `conventions`
# synthetic conventions between them (passerelle.convention.generate), then prints the time of
# the conventions list (first page, a deep page, search, filters, ending soon), of a convention's
# page and of the CSV export, signed in as the demo staff member.
#
# Database: PostgreSQL when BENCH_DATABASE_URL is set (with BENCH_DATABASE_USERNAME and
# BENCH_DATABASE_PASSWORD; use an empty database), otherwise the portal's embedded PostgreSQL
# in a fresh data directory.
# Needs: java 17, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT="${1:-5000}"
ORGANISATIONS="${2:-20000}"
source bench/lib.sh

bench_package
bench_start --passerelle.organisation.generate="${ORGANISATIONS}" --passerelle.convention.generate="${COUNT}"
grep -E "Generated [0-9]+ (organisations|conventions) in" "${JAR_LOG}" | sed 's/.*Generated/Generator: generated/' || true

bench_login staff@demo.passerelle
LIST=$(curl -s -b "${JAR}" "${BASE}/conventions")
FIRST=$(echo "${LIST}" | grep -o 'href="/conventions/[0-9]*"' | head -1 | grep -o '[0-9]*')
PILLAR=$(echo "${LIST}" | python3 -c "import re,sys; m=re.search(r'<select[^>]*name=\"pillar\".*?<option value=\"(\d+)\"', sys.stdin.read(), re.S); print(m.group(1) if m else '')")
echo "Conventions list, as staff of Aix-Marseille Université (${RUNS} runs each, after a warm-up):"
measure "first page" "/conventions"
measure "page 50 (20 a page)" "/conventions?page=50"
measure "search 'apprentissage'" "/conventions?q=apprentissage"
measure "filters status active + pillar" "/conventions?status=ACTIVE&pillar=${PILLAR}"
measure "ending soon" "/conventions?endingSoon=true"
measure "a convention's page (/conventions/${FIRST})" "/conventions/${FIRST}"
measure "CSV export, status active" "/conventions/export.csv?status=ACTIVE"
measure "home page (renewal watch)" "/"
