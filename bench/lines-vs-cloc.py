#!/usr/bin/env python3
"""lines-vs-cloc.py REPORT CLOC_TSV: compares the line counts of a Perfscope JSON report with cloc's
per-file figures (a TSV with the columns path, language, physical, code, comment, blank) and prints, per column, how many files agree."""
import csv
import json
import sys

report, cloc_tsv = sys.argv[1:3]
ours = {f["path"]: f for f in json.load(open(report, encoding="utf-8"))["files"]}
theirs = {r["path"]: r for r in csv.DictReader(open(cloc_tsv, encoding="utf-8"), delimiter="\t")}
joined = [p for p in theirs if p in ours]
print("files: ours %d, cloc %d, joined %d" % (len(ours), len(theirs), len(joined)))
for ours_key, cloc_key in (("lines", "physical"), ("code", "code"), ("comment", "comment"), ("blank", "blank")):
    differ = [p for p in joined if ours[p][ours_key] != int(theirs[p][cloc_key])]
    print("%-8s equal %d/%d (%.2f%%)" % (ours_key, len(joined) - len(differ), len(joined),
                                         100.0 * (len(joined) - len(differ)) / max(1, len(joined))))
    for p in differ[:int(sys.argv[3]) if len(sys.argv) > 3 else 5]:
        print("   %s: ours %d, cloc %s" % (p, ours[p][ours_key], theirs[p][cloc_key]))
