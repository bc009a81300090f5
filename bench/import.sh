#!/usr/bin/env bash
# Benchmark of the directory's CSV import on a large open-data file: time and memory.
#
#   bench/import.sh [rows] [passes]     (default: 100000 rows, 1 pass)
#
# With passes > 1 the same file is imported again, each pass through the same steps: from the second pass on, the
# rows are checked against the organisations the first pass wrote (95,000 for 100,000 rows) and found by their SIRET.
#
# Generates a SIRENE-like extract of `rows` establishments (about 10 % of them sharing the SIREN of their legal unit,
# 5 % with an unknown size class, blank cells, French headers that the import recognises by itself; identifiers as
# the import checks them: SIRENs with their check digit, SIRETs made of the SIREN, an establishment number and a
# Luhn check digit over the fourteen, the French VAT number of the SIREN on every other row), starts the
# packaged portal (-Xmx512m, bin/passerelle) with the demo data, signs in as the demo staff member and goes through
# the import as a person does: upload, column mapping, value mapping (page shown, then posted as proposed), preview
# (first page, then the errors only), and the partial import ("import the valid rows and give me the others"),
# then downloads the rejected rows. It prints the time of each step, the total, the portal's heap after each step
# (jcmd GC.heap_info) and its resident memory (current and peak).
#
# The import must take under 30 s for 100,000 rows, with a heap that does not grow with the file (the file is kept
# in the database and read a batch of 1,000 rows at a time; the session holds only the person's choices).
#
# Database: as the other benchmarks (BENCH_DATABASE_URL, or a fresh embedded PostgreSQL). Needs java 17, curl,
# python3 (and jcmd from the JDK for the heap figures).
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT="${1:-100000}"
PASSES="${2:-1}"
source bench/lib.sh

bench_package
# the background job that compares the organisations written with the directory waits until the end: from the
# second pass on it would be comparing the first pass's 95,000 generated names (all alike) while the import runs
bench_start --passerelle.organisation.duplicates.first-refresh=1000m
bench_login staff@demo.passerelle

FILE="${WORK}/sirene-extract.csv"
python3 - "${FILE}" "${COUNT}" <<'PY'
import sys, random
path, count = sys.argv[1], int(sys.argv[2])
def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9: n -= 9
        total += n
    return total % 10 == 0
def luhn(digits):
    """The digits followed by the check digit that makes the whole Luhn-valid."""
    return next(digits + str(d) for d in range(10) if luhn_ok(digits + str(d)))
def vat(siren):
    """The French VAT number of a SIREN: FR, the key (12 + 3 x (SIREN mod 97)) mod 97, the SIREN."""
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"
random.seed(11)
run = random.randint(10, 99)
sizes = ["PME", "ETI", "GE", "TPE", "", "Petite entreprise", "PME", "PME"]
regions = ["Île-de-France", "ILE DE FRANCE", "Région Sud", "Provence-Alpes-Côte d'Azur", "Occitanie", "Auvergne-Rhône-Alpes",
           "Hauts-de-France", "Bretagne", "", "Grand Est"]
cities = ["Paris", "Marseille", "Lyon", "Toulouse", "Lille", "Rennes", "Strasbourg", "Nice", "Nantes", "Montpellier"]
with open(path, "w", encoding="utf-8") as f:
    f.write("\ufeffsiren;siret;denominationUniteLegale;sigleUniteLegale;categorieEntreprise;activitePrincipaleUniteLegale;"
            "trancheEffectifsEtablissement;libelleCommuneEtablissement;codePostalEtablissement;Région;Site internet;"
            "dateCreationEtablissement;Numéro de TVA intracommunautaire\r\n")
    unit = 0
    for i in range(count):
        if i % 10 != 9:
            unit += 1
            establishment = 0
        else:
            establishment += 1  # a second establishment of the same legal unit
        siren = luhn(f"8{run}{unit:05d}"[:8] if count < 100000 else f"{run}{unit:06d}"[:8])
        # the SIREN, a four-digit establishment number, a Luhn check digit over the fourteen
        siret = luhn(siren + f"{1 + establishment:04d}")
        tva = vat(siren) if i % 2 == 0 else ""
        size = sizes[i % len(sizes)] if i % 20 != 7 else "Artisan"
        website = f"https://entreprise-{run}-{i}.example" if i % 3 == 0 else ""
        f.write(f"{siren};{siret};Établissement d'essai {run} n°{i};{'' if i % 4 else 'EE' + str(i)};{size};62.01Z;"
                f"{i % 53:02d};{cities[i % len(cities)]};{75000 + i % 900};{regions[i % len(regions)]};{website};2001-0{1 + i % 9}-15;{tva}\r\n")
PY
BYTES=$(stat -c %s "${FILE}")
echo "File: ${COUNT} rows, ${BYTES} bytes"

JAVA_PID=$(pgrep -P "${PORTAL}" java || echo "${PORTAL}")
memory() {
  local heap rss peak
  heap=$(jcmd "${JAVA_PID}" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -1 | tr -dc 0-9 || true)
  rss=$(awk '/VmRSS/ {print $2}' "/proc/${JAVA_PID}/status")
  peak=$(awk '/VmHWM/ {print $2}' "/proc/${JAVA_PID}/status")
  printf "heap used %5s MB, resident %5s MB (peak %5s MB)" "$(( ${heap:-0} / 1024 ))" "$(( rss / 1024 ))" "$(( peak / 1024 ))"
}
ms() { python3 -c "print(f'{float(\"$1\")*1000:7.0f} ms')"; }
step() { printf "  %-58s %s   %s\n" "$1" "$(ms "$2")" "$(memory)"; }
echo "  before the import                                                     $(memory)"

for PASS in $(seq 1 "${PASSES}"); do  # (not indented: the Python snippets below start their lines)
[[ "${PASSES}" == "1" ]] || echo "Pass ${PASS} of ${PASSES} (load average $(cut -d" " -f1-3 /proc/loadavg))"
TOTAL=0
add() { TOTAL=$(python3 -c "print(${TOTAL} + $1)"); }

TOKEN=$(curl -s -b "${JAR}" "${BASE}/organisations/import" | csrf)
OUT=$(curl -s -b "${JAR}" -c "${JAR}" -o /dev/null -w '%{time_total} %{redirect_url}' -F "_csrf=${TOKEN}" \
  -F "file=@${FILE};type=text/csv" "${BASE}/organisations/import")
MAPPING=${OUT#* }; step "upload (read through, stored)" "${OUT%% *}"; add "${OUT%% *}"

PAGE=$(curl -s -b "${JAR}" "${MAPPING}")
TOKEN=$(echo "${PAGE}" | csrf)
FIELDS=$(echo "${PAGE}" | python3 -c "
import re, sys, urllib.parse
html = sys.stdin.read()
params = []
for i, select in re.findall(r'name=\"fields\[(\d+)\]\"(.*?)</select>', html, re.S):
    m = re.search(r'<option value=\"([A-Z_]*)\"\s+selected', select)
    params.append((f'fields[{i}]', m.group(1) if m else ''))
params.append(('defaultKind', 'COMPANY'))
print(urllib.parse.urlencode(params))")
echo "  columns recognised: $(echo "${FIELDS}" | tr '&' '\n' | grep -v '=$' | grep -c fields) of 13"
OUT=$(curl -s -b "${JAR}" -o /dev/null -w '%{time_total} %{redirect_url}' -d "_csrf=${TOKEN}&${FIELDS}" "${MAPPING}")
VALUES=${OUT#* }; step "column mapping posted" "${OUT%% *}"; add "${OUT%% *}"

OUT=$(curl -s -b "${JAR}" -o "${WORK}/values.html" -w '%{time_total}' "${VALUES}")
step "value mapping page (distinct values of the file)" "${OUT}"; add "${OUT}"
FORM=$(python3 -c "
import re, sys, urllib.parse
html = open('${WORK}/values.html', encoding='utf-8').read()
params = [(f'keys[{i}]', v) for i, v in re.findall(r'name=\"keys\[(\d+)\]\" value=\"([^\"]*)\"', html)]
for i, select in re.findall(r'name=\"targets\[(\d+)\]\"(.*?)</select>', html, re.S):
    m = re.search(r'<option value=\"([A-Z_-]*)\"\s+selected', select)
    params.append((f'targets[{i}]', m.group(1) if m else ''))
print(urllib.parse.urlencode(params))")
TOKEN=$(csrf < "${WORK}/values.html")
OUT=$(curl -s -b "${JAR}" -o /dev/null -w '%{time_total} %{redirect_url}' -d "_csrf=${TOKEN}&${FORM}" "${VALUES}")
PREVIEW=${OUT#* }; step "values posted: every row checked, preview kept" "${OUT%% *}"; add "${OUT%% *}"

OUT=$(curl -s -b "${JAR}" -o "${WORK}/preview.html" -w '%{time_total}' "${PREVIEW}")
step "preview, first page" "${OUT}"; add "${OUT}"
echo "  preview: $(python3 -c "import re; print(', '.join(re.findall(r'fs-6\">([^<]*)<', open('${WORK}/preview.html', encoding='utf-8').read())))")"
OUT=$(curl -s -b "${JAR}" -o /dev/null -w '%{time_total}' "${PREVIEW}?errors=true")
step "preview, errors only" "${OUT}"; add "${OUT}"

TOKEN=$(csrf < "${WORK}/preview.html")
OUT=$(curl -s -b "${JAR}" -o /dev/null -w '%{time_total} %{redirect_url}' -d "_csrf=${TOKEN}" "${PREVIEW%/preview}/confirm-valid")
DONE=${OUT#* }; step "partial import (preview rows, or checked again, written)" "${OUT%% *}"; add "${OUT%% *}"
echo "  result: $(curl -s -b "${JAR}" "${DONE}" | python3 -c "import re,sys,html; h=sys.stdin.read(); print(' '.join(html.unescape(t) for t in re.findall(r'id=\"import-done\"[^>]*>([^<]*)<', h)))")"
OUT=$(curl -s -b "${JAR}" -o "${WORK}/rejected.csv" -w '%{time_total}' "${PREVIEW%/preview}/rejected.csv")
step "rejected rows downloaded ($(( $(wc -l < "${WORK}/rejected.csv") - 1 )) rows)" "${OUT}"; add "${OUT}"

printf "Total for %s rows (pass %s of %s, load average %s): %s (target: under 30 s)\n" "${COUNT}" "${PASS}" "${PASSES}" \
  "$(cut -d" " -f1-3 /proc/loadavg)" "$(ms "${TOTAL}")"
done
