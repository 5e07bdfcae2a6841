def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
def byPath = report.files.collectEntries { [(it.path): it] }
assert byPath.keySet().containsAll(['Hello.java', 'scripts/build.sh'])
assert byPath['Hello.java'].functions[0].cyclomatic == 2
def script = byPath['scripts/build.sh']
assert [script.language, script.lines, script.code, script.blank] == ['text', 5, 4, 1]
