#!/usr/bin/env bash
# Benchmark of the organisations directory: list pages and CSV import on a large directory.
#
#   bench/organisations.sh [organisations]          (default: 30000)
#
# Starts the portal (packaged jar) on port ${BENCH_PORT:-a free one} with the demo data, fills the
# directory with the generator (passerelle.organisation.generate), then prints the time of
# the list page (first page, a deep page, a search, filters and a sort, the CSV export) and
# of the three steps of a 10,000-row CSV import (upload, mapping and checks, confirmation).
#
# Database: PostgreSQL when BENCH_DATABASE_URL is set (with BENCH_DATABASE_USERNAME and
# BENCH_DATABASE_PASSWORD; use an empty database), otherwise the portal's embedded PostgreSQL
# in a fresh data directory.
# Needs: java 17, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT="${1:-30000}"
source bench/lib.sh

bench_package
bench_start --passerelle.organisation.generate="${COUNT}"
grep -E "Generated [0-9]+ organisations in" "${JAR_LOG}" | sed 's/.*Generated/Generator: generated/' || true

bench_login staff@demo.passerelle
count() { curl -s -b "${JAR}" "${BASE}/organisations" | python3 -c "import re,sys; m=re.search(r'text-body-secondary\" role=\"status\">([^<]*)<', sys.stdin.read()); print(m.group(1) if m else '?')"; }
echo "Directory: $(count) (active, as the list counts them)"

echo "List page (${RUNS} runs each, after a warm-up):"
measure "first page" "/organisations"
measure "page 400 (25 a page)" "/organisations?page=400"
measure "search 'provence sante'" "/organisations?q=provence+sante"
measure "search by SIREN prefix '562 024'" "/organisations?q=562+024"
measure "filters sector+region, sorted by city desc" "/organisations?sector=DIGITAL&region=OCCITANIE&sort=city,desc"
measure "organisation page (Aix-Marseille Université)" "/organisations/1"
measure "CSV export of one filter (sector DIGITAL)" "/organisations/export.csv?sector=DIGITAL"

echo "CSV import of 10,000 new rows:"
python3 - "${WORK}/import.csv" <<'PY'
import sys, random
def luhn_complete(eight):
    for d in range(10):
        s = eight + str(d); total = 0
        for i, c in enumerate(reversed(s)):
            n = int(c)
            if i % 2 == 1:
                n *= 2
                if n > 9: n -= 9
            total += n
        if total % 10 == 0: return s
random.seed(7)
run = random.randint(10, 99)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("\ufeffNom;Type;SIREN;Secteur;Ville;Région;Mots-clés\r\n")
    for i in range(10000):
        siren = luhn_complete(f"9{run}{i:05d}")
        f.write(f"Banc d'essai {run} n°{i};Entreprise;{siren};Numérique et logiciel;Ville {i % 500};Occitanie;bench\r\n")
PY
ls -l "${WORK}/import.csv" | awk '{printf "  file: %d bytes\n", $5}'
TOKEN=$(curl -s -b "${JAR}" "${BASE}/organisations/import" | csrf)
UPLOAD=$(curl -s -b "${JAR}" -c "${JAR}" -o /dev/null -w '%{time_total} %{redirect_url}' -F "_csrf=${TOKEN}" \
  -F "file=@${WORK}/import.csv;type=text/csv" "${BASE}/organisations/import")
MAPPING=${UPLOAD#* }
echo "  upload and read                                  $(python3 -c "print(f'{float(\"${UPLOAD%% *}\")*1000:.0f} ms')")"
PAGE=$(curl -s -b "${JAR}" "${MAPPING}")
TOKEN=$(echo "${PAGE}" | csrf)
FIELDS="_csrf=${TOKEN}&fields%5B0%5D=NAME&fields%5B1%5D=KIND&fields%5B2%5D=SIREN&fields%5B3%5D=SECTOR&fields%5B4%5D=CITY&fields%5B5%5D=REGION&fields%5B6%5D=TAGS"
CHECK=$(curl -s -b "${JAR}" -o /dev/null -w '%{time_total} %{redirect_url}' -d "${FIELDS}" "${MAPPING}")
PREVIEW=${CHECK#* }
echo "  mapping, checks and matching (preview built)     $(python3 -c "print(f'{float(\"${CHECK%% *}\")*1000:.0f} ms')")"
PAGE=$(curl -s -b "${JAR}" "${PREVIEW}")
echo "  preview: $(echo "${PAGE}" | python3 -c "import re,sys; print(', '.join(re.findall(r'fs-6\">([^<]*)<', sys.stdin.read())))")"
TOKEN=$(echo "${PAGE}" | csrf)
CONFIRM=$(curl -s -b "${JAR}" -o /dev/null -w '%{time_total}' -d "_csrf=${TOKEN}" "${PREVIEW%/preview}/confirm")
echo "  confirmation (checks again, writes in batches)   $(python3 -c "print(f'{float(\"${CONFIRM}\")*1000:.0f} ms')")"
echo "Directory after the import: $(count)"
measure "first page, after the import" "/organisations"
