def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Findings: 0 critical, 0 warnings. Parse errors: 0.')
assert !log.contains('Hotspots')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
assert report.files*.path == ['src/main/java/demo/Tally.java']
assert !report.containsKey('history') && !report.containsKey('hotspots') && !report.containsKey('since')
assert !report.files[0].containsKey('history')
