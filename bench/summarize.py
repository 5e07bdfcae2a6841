#!/usr/bin/env python3
"""Reads bench/run's raw timings (label seconds maxKiB per line) and prints medians and ratios as Markdown."""
import statistics
import sys
from collections import defaultdict

times, memory, notes = defaultdict(list), defaultdict(list), []
for line in open(sys.argv[1], encoding="utf-8"):
    parts = line.split()
    if len(parts) == 3 and ":" in parts[0]:
        try:
            times[parts[0]].append(float(parts[1]))
            memory[parts[0]].append(int(parts[2]))
            continue
        except ValueError:
            pass
    if line.strip() and not line.startswith("Command"):
        notes.append(line.strip())

peer = {"jdk-java-base": "jdk-java-base:pmd", "cpython-stdlib": "cpython-stdlib:python-ast"}
print("| run | runs | median s | max RSS MiB | vs peer |")
print("|---|---:|---:|---:|---:|")
for label in sorted(times):
    median = statistics.median(times[label])
    ref = peer.get(label.split(":")[0])
    ratio = ""
    if ref in times and ref != label:
        ratio = "%.2f x" % (median / statistics.median(times[ref]))
    print("| %s | %d | %.2f | %d | %s |" % (label, len(times[label]), median, max(memory[label]) // 1024, ratio))
for note in notes:
    print("\n" + note)
