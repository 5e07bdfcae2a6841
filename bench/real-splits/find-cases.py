#!/usr/bin/env python3
"""Lists the commits of a git history that split one source file into several: the candidates of cases.tsv.

Usage: find-cases.py GIT_DIR:EXT [GIT_DIR:EXT ...]   (EXT: .py or .java)

A candidate is a commit of at most 40 changed files that takes at least 40% of the lines out of a source file of
700 lines or more (not a test, not vendored, not an example) and adds at least half of them back in source files it
creates. Each line: repository folder, commit, file, its lines before, lines deleted/added, new files (their
lines) and the commit's subject. A candidate becomes a case when, once its truth is written (real-splits.sh
--truth), its members went to at least two files and at least 10 of them are scored; a file our parser cannot
read (Python 2) cannot be a case.
"""
import os
import re
import subprocess
import sys

SKIPPED = re.compile(r'(^|/)(tests?|testing)/|(^|/)test_|_test\.py$|Test\.java$|/it/|_?vendor/|/examples?/')


def git(repo, *args):
    return subprocess.run(['git', '-C', repo] + list(args), capture_output=True, text=True, errors='replace').stdout


def lines_at(repo, commit, path):
    return git(repo, 'show', f'{commit}:{path}').count('\n')


def candidates(repo, ext):
    commit, files = None, []
    for line in git(repo, 'log', '--no-merges', '--no-renames', '--numstat', '--format=@@%H %s').splitlines() + ['@@']:
        if line.startswith('@@'):
            if commit:
                yield from splits(repo, ext, commit, files)
            commit, files = line[2:], []
        elif line.count('\t') == 2 and not line.startswith('-'):
            added, deleted, path = line.split('\t')
            files.append((int(added), int(deleted), path))


def splits(repo, ext, head, files):
    sha, subject = head.split(' ', 1) if ' ' in head else (head, '')
    if len(files) > 40:
        return
    source = [f for f in files if f[2].endswith(ext) and not SKIPPED.search(f[2])]
    for added, deleted, path in source:
        if deleted < 300:
            continue
        before = lines_at(repo, sha + '^', path)
        if before < 700 or deleted - added < 0.4 * before:
            continue
        new = [(a, p) for a, d, p in source if d == 0 and a >= 30 and p != path]
        if new and sum(a for a, _ in new) >= 0.5 * (deleted - added):
            yield (f'{repo}\t{sha[:10]}\t{path}\t{before}\t-{deleted}+{added}\t'
                   f'{len(new)} ({sum(a for a, _ in new)})\t{subject[:70]}')


for spec in sys.argv[1:]:
    repo, ext = spec.rsplit(':', 1)
    for candidate in candidates(repo, ext):
        print(candidate)
