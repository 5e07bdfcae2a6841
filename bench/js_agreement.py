#!/usr/bin/env python3
"""Compares Perfscope's units (ScriptUnits) with ESLint's complexity and SonarJS' cognitive complexity reports
(js-reference.mjs) function by function. A report belongs to the innermost unit that starts at or before its line
and ends at or after it (ESLint places an arrow function at its `=>`, which may be lines below the head Perfscope
reports); several units starting on one line are compared as a multiset. ESLint reports every function; SonarJS only those above 0, so a function it does not report is 0.
A class static block is no function to SonarJS: it is left out of the cognitive comparison.
Usage: js_agreement.py OURS.tsv REFERENCE.tsv [examples]"""
import sys
from collections import Counter, defaultdict

ours_path, ref_path = sys.argv[1], sys.argv[2]
examples = int(sys.argv[3]) if len(sys.argv) > 3 else 10

ours = defaultdict(list)
spans = defaultdict(list)  # path -> [(start, end)] of units
our_errors = set()
for line in open(ours_path, encoding='utf-8'):
    path, ln, end, name, cyc, cog = line.rstrip('\n').split('\t')
    if name == 'parse-error':
        our_errors.add(path)
    else:
        ours[(path, int(ln))].append((name, int(cyc), int(cog)))
        spans[path].append((int(ln), int(end)))


def owner(path, ln):
    """The key of the innermost unit holding line ln: the latest start at or before it whose end is not before it."""
    best = None
    for start, end in spans.get(path, ()):
        if start <= ln <= end and (best is None or start > best):
            best = start
    return (path, best if best is not None else ln)


complexity = defaultdict(list)
cognitive = defaultdict(list)
ref_errors = set()
for line in open(ref_path, encoding='utf-8'):
    if not line.strip():
        continue
    path, ln, col, rule, value = line.rstrip('\n').split('\t')
    key = owner(path, int(ln))
    if rule == 'complexity':
        complexity[key].append(int(value))
    elif rule == 'cognitive':
        cognitive[key].append(int(value))
    elif rule == 'parse-error':
        ref_errors.add(path)

skip = our_errors | ref_errors


def compare(label, reference, pick, include, pad_zero):
    total = equal = unmatched = 0
    diffs = []
    for key, units in sorted(ours.items()):
        if key[0] in skip:
            continue
        units = [u for u in units if include(u)]
        if not units:
            continue
        mine = Counter(pick(u) for u in units)
        theirs = list(reference.get(key, []))
        if pad_zero:
            theirs += [0] * (len(units) - len(theirs))
        theirs = Counter(theirs)
        total += len(units)
        same = sum((mine & theirs).values())
        equal += same
        if len(reference.get(key, [])) == 0 and not pad_zero:
            unmatched += len(units)
        elif same < len(units):
            diffs.append((key, sorted(mine.elements()), sorted(theirs.elements()), [u[0] for u in units]))
    pct = 100.0 * equal / total if total else 0
    print(f"{label}: {equal:,} of {total:,} functions equal ({pct:.2f}%), {unmatched:,} not found at the same line,"
          f" {len(diffs):,} lines differ")
    for key, mine, theirs, names in diffs[:examples]:
        print(f"  {key[0]}:{key[1]} {','.join(names)}: perfscope {mine} reference {theirs}")


print(f"files skipped for a parse error: perfscope {len(our_errors):,}, ESLint {len(ref_errors):,}")
compare('cyclomatic vs ESLint complexity', complexity, lambda u: u[1], lambda u: True, False)
compare('cognitive vs SonarJS cognitive-complexity', cognitive, lambda u: u[2],
        lambda u: not (u[0] == 'static' or u[0].endswith('.static')), True)
