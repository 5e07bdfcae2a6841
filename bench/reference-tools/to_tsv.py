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


ANNOTATION = re.compile(r"\s*@[\w.]+\s*")
DECLARED_NAME = re.compile(r"([A-Za-z_$][\w$]*)\s*[({]")


def skip_parens(text, i):
    """Index just past the balanced parentheses starting at text[i] (an annotation's arguments)."""
    depth = 0
    while i < len(text):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        i += 1
        if depth == 0:
            return i
    return i


def unit_name(lines, line, column):
    """The name a unit declared at (line, column) has: the identifier before its '(' or, for a compact
    constructor, its '{'; '-' for an initializer. Checkstyle reports the position but not the name."""
    text = "\n".join(lines[line - 1:line + 40])[column - 1:]
    while True:
        m = ANNOTATION.match(text)
        if not m:
            break
        text = text[m.end():]
        if text.startswith("("):
            text = text[skip_parens(text, 0):]
    m = DECLARED_NAME.search(text)
    if not m or m.group(1) == "static" or text.lstrip().startswith("{"):
        return "-"
    return m.group(1)


def checkstyle(xml_file, corpus, out):
    rows = []
    for file in ET.parse(xml_file).getroot().iter("file"):
        errors = [e for e in file.iter("error") if "Cyclomatic Complexity is" in e.get("message", "")]
        if not errors:
            continue
        with open(file.get("name"), encoding="utf-8", errors="replace") as f:
            lines = f.read().split("\n")
        for error in errors:
            ccn = re.search(r"Cyclomatic Complexity is (\d+)", error.get("message")).group(1)
            line, column = int(error.get("line")), int(error.get("column", "1"))
            rows.append((relative(file.get("name"), corpus), unit_name(lines, line, column), line, "", ccn, "",
                         "col=%d" % column))
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
