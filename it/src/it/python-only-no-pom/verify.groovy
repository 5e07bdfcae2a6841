def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
def functions = report.files.collectMany { f -> f.functions.collect { [f.path, it.name, it.line, it.params, it.cyclomatic] } }
assert functions.contains(['repo.py', 'Repo.__init__', 5, 1, 1])
// if, for, if, and, comprehension for, comprehension if
assert functions.contains(['repo.py', 'Repo.push', 8, 3, 7])
assert functions.contains(['tools/deploy.py', 'main', 4, 1, 2])
assert functions.contains(['tools/deploy.py', 'main.<locals>.usage', 5, 0, 1])
assert report.files.findAll { it.path.endsWith('.py') }*.language == ['python', 'python']
