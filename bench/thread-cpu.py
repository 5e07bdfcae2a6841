#!/usr/bin/env python3
"""Runs a command and splits the cpu time of its JVMs by thread (Linux only).

Usage: python3 bench/thread-cpu.py COMMAND...   e.g. python3 bench/thread-cpu.py mvn -B -q ...:analyze

Every INTERVAL seconds (default 0.02; the environment variable INTERVAL) it reads /proc for the command's
process and its descendants: each process's cpu time (user + system, every thread's, ended ones included) and
each live thread's. At the end it prints, per process (Maven's JVM, the worker JVM), its cpu time and the part of
it spent by the JIT compiler threads, by the garbage collector (its worker threads and the VM thread, which runs
the collections) and by the other threads, the busiest named. A thread's time is its last sample, so a thread
that ends loses at most one interval; a process's total is its own last sample, within one interval of its end.
Results: docs/performance.md ("Where the time goes").
"""
import os
import subprocess
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")


def stat(path):
    """(name, cpu seconds) of a /proc stat file, or None once it is gone."""
    try:
        with open(path) as f:
            text = f.read()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2:].split()
    return text[text.index("(") + 1:text.rindex(")")], (int(fields[11]) + int(fields[12])) / TICK


def descendants(pid):
    found = [pid]
    for p in found:
        try:
            for task in os.listdir("/proc/%d/task" % p):
                with open("/proc/%d/task/%s/children" % (p, task)) as f:
                    found.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return found


def category(name):
    if "CompilerThre" in name:
        return "JIT"
    if name.startswith(("GC Thread", "G1 ", "VM Thread", "ParGC")):
        return "GC"
    return "other"


def main():
    interval = float(os.environ.get("INTERVAL", "0.02"))
    child = subprocess.Popen(sys.argv[1:])
    processes = {}  # pid -> (command name, cpu seconds)
    threads = {}  # (pid, tid) -> (thread name, cpu seconds)
    commands = {}
    while child.poll() is None:
        for pid in descendants(child.pid):
            total = stat("/proc/%d/stat" % pid)
            if total is None:
                continue
            processes[pid] = total
            if not commands.get(pid):  # read again until the child has exec'd its java
                try:
                    with open("/proc/%d/cmdline" % pid, "rb") as f:
                        args = f.read().split(b"\0")
                    commands[pid] = next((a.decode() for a in reversed(args) if a.startswith(b"dev.perfscope")), "")
                except OSError:
                    pass
            try:
                tasks = os.listdir("/proc/%d/task" % pid)
            except OSError:
                continue
            for tid in tasks:
                sample = stat("/proc/%d/task/%s/stat" % (pid, tid))
                if sample is not None:
                    threads[(pid, tid)] = sample
        time.sleep(interval)
    for pid, (name, total) in sorted(processes.items()):
        if total < 0.05:
            continue
        parts = {"JIT": 0.0, "GC": 0.0, "other": 0.0}
        others = {}
        for (p, _), (thread, seconds) in threads.items():
            if p == pid:
                parts[category(thread)] += seconds
                if category(thread) == "other":
                    others[thread] = others.get(thread, 0.0) + seconds
        busiest = ", ".join("%s %.2f" % (t, s) for t, s in sorted(others.items(), key=lambda x: -x[1])[:4])
        print("pid %d %s %s: cpu %.2f s; JIT %.2f, GC %.2f, other threads %.2f (%s), ended threads %.2f"
              % (pid, name, commands.get(pid, ""), total, parts["JIT"], parts["GC"], parts["other"], busiest,
                 total - sum(parts.values())), file=sys.stderr)
    sys.exit(child.returncode)


if __name__ == "__main__":
    main()
