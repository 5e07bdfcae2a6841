#!/usr/bin/env python3
"""Reads bench/run's raw timings (label, wall seconds, max KiB, user and system cpu seconds per line) and prints
medians and ratios to the peer of the same corpus as Markdown."""
import statistics
import sys
from collections import defaultdict

times, memory, cpu, notes = defaultdict(list), defaultdict(list), defaultdict(list), []
for line in open(sys.argv[1], encoding="utf-8"):
    parts = line.split()
    if len(parts) == 5 and ":" in parts[0]:
        try:
            times[parts[0]].append(float(parts[1]))
            memory[parts[0]].append(int(parts[2]))
            cpu[parts[0]].append(float(parts[3]) + float(parts[4]))
            continue
        except ValueError:
            pass
    if line.strip() and not line.startswith("Command"):
        notes.append(line.strip())

peer = {"jdk-java-base": "jdk-java-base:pmd", "cpython-stdlib": "cpython-stdlib:python-ast"}
print("| run | runs | median s | vs peer | median cpu s | cpu vs peer | max RSS MiB |")
print("|---|---:|---:|---:|---:|---:|---:|")
for label in sorted(times):
    median = statistics.median(times[label])
    ref = peer.get(label.split(":")[0])
    busy = statistics.median(cpu[label])
    ratio = cpu_ratio = ""
    if ref in times and ref != label:
        ratio = "%.2f x" % (median / statistics.median(times[ref]))
        cpu_ratio = "%.2f x" % (busy / statistics.median(cpu[ref]))
    print("| %s | %d | %.2f | %s | %.1f | %s | %d |" % (
        label, len(times[label]), median, ratio, busy, cpu_ratio, max(memory[label]) // 1024))
for note in notes:
    print("\n" + note)
