#!/usr/bin/env bash
# sanya export to XLSX (libxlsxwriter, constant memory) against Python's xlsxwriter in constant_memory
# mode writing the same rows, on the same large demo registrar (about 1,000,000 enrolments).
# Usage: Benchmarks/export-xlsx.sh   (run Benchmarks/serve-vs-datasette.sh first, or it builds the data)
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c "import xlsxwriter" 2>/dev/null || python3 -m pip install -q xlsxwriter
source Benchmarks/prepare.sh

echo "| 1M enrolments to XLSX | seconds | peak RSS (KiB) |"
echo "|-|-|-|"
read -r secs rss < <(cd "$work/repo" && /usr/bin/time -f "%e %M" "$bin" export bench-enrollment --format excel -o ../sanya.xlsx \
    --database "$db" --state ../export-state.sqlite 2>&1 >/dev/null | tail -1)
echo "| sanya export | $secs | $rss |"
cat > "$work/xlsxwriter_export.py" <<'PY'
import sqlite3, sys, xlsxwriter
db = sqlite3.connect(sys.argv[1])
wb = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True})
ws = wb.add_worksheet("data")
names = ["enrollment_id", "student_id", "course_code", "term_id", "enroll_status", "letter_grade", "grade_point"]
for c, n in enumerate(names):
    ws.write_string(0, c, n)
r = 1
for row in db.execute("select " + ", ".join(names) + " from enrollment order by enrollment_id"):
    ws.write_number(r, 0, row[0]); ws.write_string(r, 1, row[1]); ws.write_string(r, 2, row[2]); ws.write_number(r, 3, row[3])
    ws.write_string(r, 4, row[4])
    if row[5] is not None: ws.write_string(r, 5, row[5])
    if row[6] is not None: ws.write_number(r, 6, row[6])
    r += 1
wb.close()
PY
read -r psecs prss < <(/usr/bin/time -f "%e %M" python3 "$work/xlsxwriter_export.py" "$db" "$work/python.xlsx" 2>&1 | tail -1)
echo "| Python xlsxwriter (constant_memory) | $psecs | $prss |"
echo
echo "speed-up: $(echo "scale=1; $psecs / $secs" | bc)x"
