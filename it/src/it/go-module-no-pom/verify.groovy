def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
def functions = report.files.collectMany { f -> f.functions.collect { [f.path, it.name, it.line, it.params, it.cyclomatic, it.cognitive] } }
// gocyclo: 1 + if + || + for + if = 5; gocognit: if 1 + || 1 + for 1 + if 2 (nesting 1) = 5
assert functions.contains(['internal/store/store.go', 'Store.Add', 16, 1, 5, 5])
assert functions.contains(['internal/store/store.go', 'New', 11, 0, 1, 0])
assert functions.contains(['internal/store/store.go', 'Store.Each', 29, 1, 2, 1])
// the literal passed to Each is a unit of its own, numbered as Go's stack traces number it
assert functions.contains(['main.go', 'main', 10, 0, 3, 3])
assert functions.contains(['main.go', 'main.func1', 18, 1, 1, 0])
def go = report.files.findAll { it.path.endsWith('.go') }
assert go*.language == ['go', 'go']
assert go.find { it.path == 'internal/store/store.go' }.types == 1
