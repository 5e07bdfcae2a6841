def log = new File(basedir, 'build.log').text
def perf = new File(basedir, 'target/perf')
assert log.contains('Nothing changed since the last run (sources, configuration, git HEAD, Perfscope build): its reports in ' + perf.canonicalPath + ' stand.')
assert log.contains('Findings: 1 critical, 0 warning.')
assert log.contains('Perfscope found 1 problem(s) at or above failOn=critical:')
assert log.contains('src/main/java/demo/Legacy.java:4 Legacy.score: cyclomatic complexity 5 (critical > 3)')
def record = new groovy.json.JsonSlurper().parse(new File(perf, 'perf-run.json'))
assert record.failures.size() == 1
assert record.reports.keySet().contains('perf-report.json')
