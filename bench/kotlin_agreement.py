#!/usr/bin/env python3
"""Compares Perfscope's Kotlin units (ScriptUnits ... kotlin) with detekt's CyclomaticComplexMethod and
CognitiveComplexMethod findings (plain-text report, thresholds 0) function by function. Both place a function at
the line of its name (an anonymous function at its `fun`), so units are matched by file and line, several on one
line as a multiset. detekt measures functions without a body (abstract and interface members: 1 and 0), which are
no units to Perfscope: they are counted apart. Usage: kotlin_agreement.py OURS.tsv DETEKT.txt CORPUS [examples]"""
import re
import sys
from collections import Counter, defaultdict

ours_path, ref_path, corpus = sys.argv[1], sys.argv[2], sys.argv[3].rstrip('/') + '/'
examples = int(sys.argv[4]) if len(sys.argv) > 4 else 10

ours = defaultdict(list)
our_errors = set()
for line in open(ours_path, encoding='utf-8'):
    path, ln, end, name, cyc, cog = line.rstrip('\n').split('\t')
    if name == 'parse-error':
        our_errors.add(path)
    else:
        ours[(path, int(ln))].append((name, int(cyc), int(cog)))

FINDING = re.compile(r'^(CyclomaticComplexMethod|CognitiveComplexMethod) - (\d+)/\d+ - \[(.*?)\] at (.*):(\d+):(\d+) - ')
reference = {'CyclomaticComplexMethod': defaultdict(list), 'CognitiveComplexMethod': defaultdict(list)}
for line in open(ref_path, encoding='utf-8'):
    m = FINDING.match(line)
    if m:
        rule, value, name, path, ln = m.group(1), int(m.group(2)), m.group(3), m.group(4), int(m.group(5))
        reference[rule][(path.replace(corpus, '', 1), ln)].append(value)


def compare(label, rule, pick):
    theirs_all = reference[rule]
    total = equal = 0
    diffs = []
    for key, units in sorted(ours.items()):
        mine = Counter(pick(u) for u in units)
        theirs = Counter(theirs_all.get(key, []))
        total += len(units)
        same = sum((mine & theirs).values())
        equal += same
        if same < len(units):
            diffs.append((key, sorted(mine.elements()), sorted(theirs.elements()), [u[0] for u in units]))
    only_theirs = sum(len(v) for k, v in theirs_all.items() if k not in ours and k[0] not in our_errors)
    pct = 100.0 * equal / total if total else 0
    print(f"{label}: {equal:,} of {total:,} functions equal ({pct:.2f}%), {len(diffs):,} lines differ;"
          f" {only_theirs:,} detekt functions with no Perfscope unit at their line")
    for key, mine, theirs, names in diffs[:examples]:
        print(f"  {key[0]}:{key[1]} {','.join(names)}: perfscope {mine} detekt {theirs}")
    return diffs


print(f"files skipped for a parse error: perfscope {len(our_errors):,}: {sorted(our_errors)[:examples]}")
compare('cyclomatic vs detekt CyclomaticComplexMethod', 'CyclomaticComplexMethod', lambda u: u[1])
compare('cognitive vs detekt CognitiveComplexMethod', 'CognitiveComplexMethod', lambda u: u[2])
