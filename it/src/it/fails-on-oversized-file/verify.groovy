def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('Perfscope fails the build: 1 critical finding at or above failOn=critical (allowed: 0 critical).')
// The finding is printed in the build error, not also in the summary above it.
assert log.contains('[ERROR]   src/main/java/demo/Big.java: 1,200 lines (critical > 1,000)')
assert !log.contains('[critical] src/main/java/demo/Big.java')
assert log.contains('Details and advice: target/perf/perf-report.md and target/perf/perf-report.json.')
assert log.contains('Adopting Perfscope on existing code? Run `mvn perf:baseline` and commit the baseline file it writes')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
assert report.summary.findings.critical == 1
def finding = report.findings.find { it.rule == 'file-lines' }
assert finding.path == 'src/main/java/demo/Big.java'
assert finding.value == 1200 && finding.threshold == 1000 && finding.severity == 'critical'
