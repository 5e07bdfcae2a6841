def log = new File(basedir, 'build.log').text
assert log.contains('Perfscope found 1 problem(s) at or above failOn=warning:')
assert log.contains('src/main/java/demo/Router.java:4 Router.route: cyclomatic complexity 7 (warning > 5)')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
def finding = report.findings[0]
assert [finding.rule, finding.severity, finding.function, finding.value, finding.threshold] ==
       ['cyclomatic', 'warning', 'Router.route', 7, 5]
