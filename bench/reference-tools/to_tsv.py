#!/usr/bin/env python3
"""Turns Checkstyle XML and PMD CSV output into the oracle's TSV layout (see ../shared/CORPORA.md):
path, name, start_line, end_line, ccn, cognitive, extra."""
import csv
import os
import re
import sys
import xml.etree.ElementTree as ET

HEADER = "path\tname\tstart_line\tend_line\tccn\tcognitive\textra\n"


def relative(path, corpus):
    return os.path.relpath(path, corpus).replace(os.sep, "/")


def checkstyle(xml_file, corpus, out):
    rows = []
    for file in ET.parse(xml_file).getroot().iter("file"):
        for error in file.iter("error"):
            m = re.search(r"Cyclomatic Complexity is (\d+)", error.get("message", ""))
            if m:
                rows.append((relative(file.get("name"), corpus), "", int(error.get("line")), "", m.group(1), "",
                             "col=" + error.get("column", "")))
    write(out, rows)


def pmd(csv_file, corpus, out):
    units = {}
    pattern = re.compile(r"The (method|constructor) '([^']*)' has a (cognitive complexity|cyclomatic complexity|NCSS line count) of (\d+)")
    with open(csv_file, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            m = pattern.search(row["Description"])
            if not m:
                continue
            key = (relative(row["File"], corpus), m.group(2), int(row["Line"]))
            unit = units.setdefault(key, {"kind": m.group(1)})
            unit[m.group(3)] = m.group(4)
    rows = [(path, name, line, "", u.get("cyclomatic complexity", ""), u.get("cognitive complexity", "0"),
             "kind=%s;ncss=%s" % (u["kind"], u.get("NCSS line count", "")))
            for (path, name, line), u in units.items()]
    write(out, rows)


def write(out, rows):
    rows.sort(key=lambda r: (r[0], r[2]))
    with open(out, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for r in rows:
            f.write("\t".join(str(c) for c in r) + "\n")
    print("%s: %d units" % (out, len(rows)))


if __name__ == "__main__":
    tool, raw, corpus, out = sys.argv[1:5]
    {"checkstyle": checkstyle, "pmd": pmd}[tool](raw, corpus, out)
