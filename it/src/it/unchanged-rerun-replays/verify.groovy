def log = new File(basedir, 'build.log').text
def perf = new File(basedir, 'target/perf')
assert log.contains('Nothing changed since the last run (sources, configuration, git HEAD, Perfscope build): its reports in ' + perf.canonicalPath + ' stand.')
assert log.contains('Findings: 1 critical, 0 warnings.')
assert log.contains('Perfscope fails the build: 1 critical finding at or above failOn=critical (allowed: 0 critical).')
assert log.contains('src/main/java/demo/Legacy.java:4 Legacy.score: cyclomatic complexity 5 (critical > 3)')
def record = new groovy.json.JsonSlurper().parse(new File(perf, 'perf-run.json'))
assert record.failures[0] == 'Perfscope fails the build: 1 critical finding at or above failOn=critical (allowed: 0 critical).'
assert record.reports.keySet().contains('perf-report.json')
