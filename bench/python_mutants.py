"""Writes N mutants of valid .py files of a tree (a line deleted, duplicated or indented, a character or a few
deleted or inserted), to check where syntax errors are reported against CPython. Usage: ROOT OUT N [SEED]"""
import os, random, sys
root, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
random.seed(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
files = []
for d, _, fs in os.walk(root):
    for f in fs:
        if f.endswith('.py'):
            files.append(os.path.join(d, f))
files.sort()
made = 0
while made < n:
    p = random.choice(files)
    try:
        src = open(p, encoding='utf-8').read()
        compile(src, p, 'exec', dont_inherit=True)
    except Exception:
        continue
    if len(src) < 50 or len(src) > 60000:
        continue
    lines = src.split('\n')
    op = random.randrange(6)
    i = random.randrange(len(lines))
    if op == 0:
        del lines[i]
    elif op == 1:
        lines.insert(i, lines[random.randrange(len(lines))])
    elif op == 2:
        line = lines[i]
        if line:
            j = random.randrange(len(line)); lines[i] = line[:j] + line[j+1:]
    elif op == 3:
        line = lines[i]; j = random.randrange(len(line) + 1)
        lines[i] = line[:j] + random.choice('()[]{}:,="\'\t #\\.;@*') + line[j:]
    elif op == 4:
        lines[i] = ' ' + lines[i]
    else:
        line = lines[i]
        if len(line) > 2:
            j = random.randrange(len(line)); k = random.randrange(j, min(len(line), j + 6))
            lines[i] = line[:j] + line[k:]
    text = '\n'.join(lines)
    with open(os.path.join(out, f'm{made:05d}_{os.path.basename(p)}'), 'w', encoding='utf-8') as f:
        f.write(text)
    made += 1
