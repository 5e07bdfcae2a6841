def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Suppressed findings: 2')
assert log.contains('[suppressed] src/main/java/demo/Legacy.java:5 Legacy.score: cyclomatic complexity 4 (critical > 3) -- ported as is from the C library')
assert log.contains('[suppressed] src/main/java/demo/Legacy.java:12 Legacy.route: cyclomatic complexity 4 (critical > 3) -- a lookup table would hide the rules')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
assert report.findings.isEmpty()
assert report.summary.findings.suppressed == 2
assert report.suppressed*.reason == ['ported as is from the C library', 'a lookup table would hide the rules']
