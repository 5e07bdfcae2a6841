def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Findings: 0 critical, 0 warnings. Parse errors: 0.')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
assert report.schemaVersion == 1
assert report.files*.path == ['src/main/java/demo/Greeter.java', 'src/test/java/demo/GreeterCheck.java']
def greeter = report.files[0]
assert [greeter.lines, greeter.code, greeter.comment, greeter.blank] == [18, 13, 2, 3]
assert greeter.language == 'java' && greeter.parseError == null
def greet = greeter.functions.find { it.line == 12 }
assert greet.name == 'Greeter.greet'
assert [greet.endLine, greet.lines, greet.params, greet.cyclomatic, greet.cognitive, greet.maxNesting, greet.ncss] ==
       [17, 6, 2, 4, 3, 1, 4]
assert report.findings.isEmpty()
// the test file is measured, its kind is test, and its function over the critical level is no finding
def check = report.files[1]
assert check.kind == 'test' && greeter.kind == 'source'
assert check.functions.find { it.name == 'GreeterCheck.ordinal' }.cyclomatic == 22
assert report.summary.kinds.test.files == 1 && report.summary.kinds.source.files == 1
