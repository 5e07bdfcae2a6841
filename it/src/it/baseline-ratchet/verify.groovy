def log = new File(basedir, 'build.log').text
assert log.contains('Baseline: 1 finding written to')
def baseline = new groovy.json.JsonSlurper().parse(new File(basedir, 'perf-baseline.json'))
assert baseline.findings*.function == ['Legacy.score']

assert log.contains('Perfscope fails the build: 1 critical finding new or worse than the baseline perf-baseline.json at or above failOn=critical (allowed: 0 critical).')
assert !log.contains('Adopting Perfscope on existing code?')
assert log.contains('src/main/java/demo/NewCode.java:4 NewCode.route: cyclomatic complexity 4 (critical > 3), new since the baseline')
assert !log.contains('Legacy.score: cyclomatic complexity 5 (critical > 3), ')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
assert report.findings.collectEntries { [(it.function): it.baseline] } == ['Legacy.score': 'unchanged', 'NewCode.route': 'new']
