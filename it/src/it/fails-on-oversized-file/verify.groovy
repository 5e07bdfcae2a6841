def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('Perfscope found 1 problem(s) at or above failOn=critical:')
assert log.contains('src/main/java/demo/Big.java: 1200 lines (critical > 1000)')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
assert report.summary.findings.critical == 1
def finding = report.findings.find { it.rule == 'file-lines' }
assert finding.path == 'src/main/java/demo/Big.java'
assert finding.value == 1200 && finding.threshold == 1000 && finding.severity == 'critical'
