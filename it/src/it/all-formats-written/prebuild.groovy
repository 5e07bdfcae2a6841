// Writes a 1,200-line class: plain code, so only the file-lines rule can fire.
def lines = ['package demo;', '', '/** A class that grew for years. */', 'public class Big {']
int n = 0
while (lines.size() + 4 <= 1199) {
    lines += ["  public int step${n}(int x) {", "    return x + ${n};", '  }', '']
    n++
}
while (lines.size() < 1199) {
    lines += '  // reserved'
}
lines += '}'
def target = new File(basedir, 'src/main/java/demo/Big.java')
target.parentFile.mkdirs()
target.text = lines.join('\n') + '\n'
assert lines.size() == 1200
