// Builds the repository: large files are generated rather than checked in, and git (only this setup calls
// it; Perfscope reads git with JGit) commits everything but what .gitignore leaves out.
def write = { String path, String text ->
  def file = new File(basedir, path)
  file.parentFile.mkdirs()
  file.text = text
}
def numbered = { int count, Closure<String> line -> (1..count).collect { line(it) }.join('\n') + '\n' }

// the invoker's own files are not part of the repository
write('.gitignore', 'scratch/\nbuild/\n*.log\n/invoker.properties\n/prebuild.groovy\n/verify.groovy\n')
write('pyproject.toml', '[project]\nname = "polyapp"\nversion = "1.0"\n')
write('src/polyapp/__init__.py', '"""The polyapp package."""\n')
// 1,100+ lines of small functions: a large module, the one file-lines finding the team owns
write('src/polyapp/engine.py', '"""The engine."""\n\n' + numbered(220) { "def step_${it}(x):\n    if x > ${it}:\n        return x - ${it}\n    return x\n" })
write('src/polyapp/render.py', 'from polyapp import engine\n\n' + numbered(20) { "def paint_${it}(canvas, colour):\n    return (canvas, colour, engine.step_${it}(${it}))\n" })
// an example and a release script, each with one tangled function (cognitive 31, critical > 30): by path they
// would come first; by impact the large module everything imports comes before them
def tangled = { String name ->
  "def ${name}(a, b, c, d, e):\n" + (1..2).collect { block ->
    "    if a > ${block}:\n        if b > ${block}:\n            if c > ${block}:\n                if d > ${block}:\n" +
    "                    if e > ${block}:\n                        return ${block}\n" }.join('') +
  "    if a == b:\n        return -1\n    return 0\n"
}
write('examples/demo.py', tangled('demo'))
write('scripts/release.py', tangled('release'))
write('tests/test_engine.py', 'from polyapp import engine\n\n' + numbered(30) { "def test_step_${it}():\n    assert engine.step_${it}(0) == 0\n" })
write('docs/guide.md', '# Guide\n\n' + numbered(1200) { "Line ${it} of the guide explains one more widget option." })
write('docs/reference.md', '# Reference\n\n' + numbered(1050) { "- `option_${it}`: what it does." })
write('CHANGELOG.md', '# Changelog\n\n' + numbered(1500) { "- ${it}: fixed one more thing" })
write('bandit-report.json', '{\n  "results": [\n' + numbered(1200) { "    {\"line\": ${it}, \"issue\": \"B101\"}," } + '    {}\n  ]\n}\n')
write('.github/workflows/ci.yml', 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n' + numbered(600) { "      - run: echo step ${it}" })
write('mkdocs.yml', 'site_name: polyapp\nnav:\n' + numbered(300) { "  - page${it}.md" })
write('src/polyapp/theme.tcss', numbered(700) { "Button.variant-${it} { color: red; }" })
write('web/static/app.js', numbered(1100) { "function handler${it}(event) { return event.value + ${it}; }" })
write('web/static/app.min.js', numbered(3) { "var a${it}=1;" * 400 })
// git-ignored: a scratch experiment and a build copy, both large Python
write('scratch/experiment.py', numbered(2000) { "value_${it} = ${it}" })
write('build/lib/polyapp/engine.py', numbered(2000) { "value_${it} = ${it}" })
write('debug.log', numbered(5000) { "DEBUG ${it}" })
// a binary file named like source: skipped, and said so
def blob = new File(basedir, 'src/polyapp/blob.py')
blob.bytes = ([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0] * 64) as byte[]

def git = { String... args ->
  def command = ['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.com', '-c', 'init.defaultBranch=main'] + args.toList()
  def process = command.execute(null, basedir)
  process.waitForProcessOutput(System.out, System.err)
  assert process.exitValue() == 0 : "git ${args.join(' ')} failed"
}
git('init', '-q')
git('add', '-A')
git('commit', '-q', '-m', 'A polyglot Python repository')
