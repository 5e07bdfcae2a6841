// Expected complexities are ESLint 10.16.0's `complexity` and eslint-plugin-sonarjs 4.2.2's `cognitive-complexity`
// on these files (bench/js-reference.mjs), not Perfscope's own output.
def log = new File(basedir, 'build.log').text
assert log.contains('Perfscope fails the build: 1 critical finding at or above failOn=critical (allowed: 0 critical).')
assert log.contains('src/pricing.js:4 quote: cognitive complexity 35 (critical > 30)')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
def byLanguage = report.files.findAll { it.language != 'text' }.groupBy { it.language }
assert byLanguage.keySet() == ['javascript', 'typescript'] as Set
assert byLanguage.javascript*.path.sort() == ['src/components/CartView.jsx', 'src/format.js', 'src/pricing.js',
    'test/pricing.test.js']
assert byLanguage.typescript*.path == ['src/api.ts']
assert report.files.find { it.path == 'package.json' }.kind == 'data'
assert report.summary.parseErrors == 0

def unit = { String path, String name ->
  def found = report.files.find { it.path == path }.functions.findAll { it.name == name }
  assert found.size() == 1 : "$path $name: $found"
  [found[0].line, found[0].cyclomatic, found[0].cognitive]
}
// ESLint 20: 1 + three loops, five ifs and an else-if, four && and ||, ??, ?., two ?:, two cases (not default);
// SonarJS 35, nesting included: over the critical 30, so this fails the build
assert unit('src/pricing.js', 'quote') == [4, 20, 35]
assert unit('src/format.js', 'money') == [3, 4, 1]      // 1 + default parameter + || + ?:
assert unit('src/format.js', 'plural') == [8, 2, 1]     // an arrow function named by its variable
assert unit('src/components/CartView.jsx', 'CartView') == [3, 3, 2]
assert unit('src/api.ts', 'CartClient.load') == [9, 5, 5]
assert unit('src/api.ts', 'CartClient.constructor') == [7, 2, 0]
assert report.files.find { it.path == 'test/pricing.test.js' }.functions*.line == [5, 10]
