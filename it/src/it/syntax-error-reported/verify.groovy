def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /Parse error: src\/main\/java\/demo\/Broken\.java:5:\d+: /

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
assert report.summary.parseErrors == 1
def broken = report.files.find { it.path == 'src/main/java/demo/Broken.java' }
assert broken.parseError.line == 5 && broken.lines == 7
def fine = report.files.find { it.path == 'src/main/java/demo/Fine.java' }
assert fine.parseError == null && fine.functions[0].cyclomatic == 2
