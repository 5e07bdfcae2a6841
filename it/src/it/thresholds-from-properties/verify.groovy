def log = new File(basedir, 'build.log').text
assert log.contains('Perfscope fails the build: 1 warning finding at or above failOn=warning (allowed: 0 warning).')
assert log.contains('src/main/java/demo/Router.java:4 Router.route: cyclomatic complexity 7 (warning > 5)')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
def finding = report.findings[0]
assert [finding.rule, finding.severity, finding.function, finding.value, finding.threshold] ==
       ['cyclomatic', 'warning', 'Router.route', 7, 5]
