def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')
assert !log.contains('The worker JVM running the analysis failed')
assert !log.contains('Nothing changed since the last run') // a run with timeouts is never replayed

def perf = new File(basedir, 'target/perf')
def report = new groovy.json.JsonSlurper().parse(new File(perf, 'perf-report.json'))
def fine = report.files.find { it.path == 'src/main/java/demo/Fine.java' }
assert fine.parseError == null && fine.functions*.name == ['Fine.sign'] && fine.functions[0].cyclomatic == 3
def runaways = report.files.findAll { it.path.contains('/Runaway') }
assert runaways.size() == 12
runaways.each {
  assert it.lines == 1_500_002
  assert it.parseError.message in ['took longer than 1 s to analyze', 'ran out of memory analyzing this file']
}

def record = new groovy.json.JsonSlurper().parse(new File(perf, 'perf-run.json'))
assert record.key == null // kept for its file stamps only
