// Writes a 1,100-line Python module of small functions: only the file-lines rule can fire.
def lines = ['"""Helpers that grew one ticket at a time."""', '']
int n = 0
while (lines.size() + 4 <= 1100) {
    lines += ["def step_${n}(x):", "    return x + ${n}", '', '']
    n++
}
while (lines.size() < 1100) {
    lines += '# reserved'
}
def target = new File(basedir, 'src/main/python/shop/helpers.py')
target.text = lines.join('\n') + '\n'
assert lines.size() == 1100
