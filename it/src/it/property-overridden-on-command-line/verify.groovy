def log = new File(basedir, 'build.log').text
def replayed = 'Nothing changed since the last run'
def verdict = 'Perfscope fails the build: 1 critical finding at or above failOn=critical (allowed: 0 critical).'

// Each run's key includes failOn: only run 2 replays (run 1's); run 3 fails; run 4 analyzes again and passes.
assert log.count(replayed) == 1
assert log.indexOf(replayed) < log.indexOf(verdict)
assert log.contains(':analyze (default) on project property-overridden-on-command-line: ' + verdict)
assert log.count('Findings: 1 critical, 0 warnings.') == 4
assert log.count('BUILD SUCCESS') == 3
assert log.count('BUILD FAILURE') == 1
assert log.lastIndexOf('BUILD FAILURE') < log.lastIndexOf('BUILD SUCCESS')

def record = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-run.json'))
assert record.failures == []
