#!/usr/bin/env python3
"""Compares Perfscope's Go units (GoUnits) with gocyclo's and gocognit's reports, joined by file and the line of
the `func` keyword. Both tools report declared functions and methods (gocyclo also a function literal bound by a
top-level `var`), each with the code of the function literals inside it; Perfscope measures a literal as a unit
of its own. So a function is compared as is when it holds no literal, and when it holds some, gocyclo's figure is
also compared with Perfscope's own plus each literal's less its base 1 (gocognit's, which nests a literal's code
one level deeper, has no such sum). Several units starting on one line: the outermost is the one compared.
Usage: go_agreement.py OURS.tsv GOCYCLO.txt GOCOGNIT.txt [examples]"""
import re
import sys
from collections import defaultdict

ours_path, cyclo_path, cognit_path = sys.argv[1:4]
examples = int(sys.argv[4]) if len(sys.argv) > 4 else 10
REPORT = re.compile(r'^(-?\d+) (\S+) (.+) (\S+\.go):(\d+):(\d+)$')

units = defaultdict(list)  # path -> [(line, end, name, cyc, cog)] in document order
errors = set()
for row in open(ours_path, encoding='utf-8'):
    path, ln, end, name, cyc, cog = row.rstrip('\n').split('\t')
    if name == 'parse-error':
        errors.add(path)
    else:
        units[path].append((int(ln), int(end), name, int(cyc), int(cog)))


def reports(path):
    found, unplaced = {}, 0
    for row in open(path, encoding='utf-8'):
        m = REPORT.match(row.rstrip('\n'))
        if m:
            found[(m.group(4).removeprefix('./'), int(m.group(5)))] = (int(m.group(1)), m.group(3))
        elif row.strip():
            unplaced += 1  # a //line directive moved it to a position of another file's
    print(f'{path}: {len(found):,} reports, {unplaced:,} at a position set by a //line directive left out')
    return found


def joined(reference):
    """(unit, literals inside it, reference figure, reference name) for each reported function."""
    rows, missing = [], []
    for (path, ln), (value, name) in sorted(reference.items()):
        if path in errors:
            continue
        at = [u for u in units.get(path, ()) if u[0] == ln]
        if not at:
            missing.append(f'{path}:{ln} {name}')
            continue
        unit = at[0]
        after = units[path][units[path].index(unit) + 1:]
        inner = [u for u in after if u[0] <= unit[1] and u[1] <= unit[1]]  # document order: these are inside
        rows.append((path, unit, inner, value, name))
    return rows, missing


def pct(n, d):
    return f'{100.0 * n / d:.2f}%' if d else '-'


def show(diffs):
    for path, unit, inner, value, name in diffs[:examples]:
        print(f'    {path}:{unit[0]} {unit[2]} ({len(inner)} literals): perfscope {unit[3]}/{unit[4]}, reference {value}')


cyclo, cognit = reports(cyclo_path), reports(cognit_path)
print(f'files Perfscope could not parse (go/parser could): {len(errors):,}')
rows, missing = joined(cyclo)
plain = [r for r in rows if not r[2]]
closures = [r for r in rows if r[2]]
same = [r for r in plain if r[1][3] == r[3]]
summed = [r for r in closures if r[1][3] + sum(u[3] - 1 for u in r[2]) == r[3]]
print(f'cyclomatic vs gocyclo: {len(rows):,} functions, {len(missing):,} not found at the same line')
print(f'  without function literals: {len(same):,} of {len(plain):,} equal ({pct(len(same), len(plain))})')
show([r for r in plain if r[1][3] != r[3]])
print(f'  with function literals: {len(closures):,}; equal with the literals added: {len(summed):,}'
      f' ({pct(len(summed), len(closures))}); equal as measured: {sum(r[1][3] == r[3] for r in closures):,}')
show([r for r in closures if r not in summed])
print(f'  all: {len(same) + sum(r[1][3] == r[3] for r in closures):,} of {len(rows):,} equal as measured'
      f' ({pct(len(same) + sum(r[1][3] == r[3] for r in closures), len(rows))})')
for m in missing[:3]:
    print(f'    not found (a declaration without a body?): {m}')
rows, missing = joined(cognit)
plain = [r for r in rows if not r[2]]
closures = [r for r in rows if r[2]]
same = [r for r in plain if r[1][4] == r[3]]
print(f'cognitive vs gocognit: {len(rows):,} functions, {len(missing):,} not found at the same line')
print(f'  without function literals: {len(same):,} of {len(plain):,} equal ({pct(len(same), len(plain))})')
show([r for r in plain if r[1][4] != r[3]])
print(f'  with function literals: {len(closures):,}; equal as measured: {sum(r[1][4] == r[3] for r in closures):,};'
      f' perfscope lower: {sum(r[1][4] < r[3] for r in closures):,}')
print(f'  all: {len(same) + sum(r[1][4] == r[3] for r in closures):,} of {len(rows):,} equal as measured'
      f' ({pct(len(same) + sum(r[1][4] == r[3] for r in closures), len(rows))})')
for m in missing[:3]:
    print(f'    not found (a declaration without a body?): {m}')
