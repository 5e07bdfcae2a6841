def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('reports/monthly.py: Extract the 19 lines copied in 2 files into reports/date_utils.py')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
def shared = report.recommendations.findAll { it.kind == 'extract-shared' }
assert shared.size() == 1
def plan = shared[0].plan.shared
assert plan.copies.collect { "${it.path}:${it.line}-${it.endLine}" } == ['reports/monthly.py:15-33', 'reports/weekly.py:9-27']
assert plan.lines == 19
assert plan.tokens == 185
assert plan.home == 'reports/date_utils.py'
assert plan.homeExists
assert shared[0].priority == 'low'

def md = new File(basedir, 'target/perf/perf-report.md').text
assert md.contains('### 1. Extract the 19 lines copied in 2 files into reports/date\\_utils.py') // Markdown escapes _
assert md.contains('extract-shared in reports/monthly.py')
assert md.contains('- copy in reports/monthly.py, lines 15-33')
assert md.contains('- copy in reports/weekly.py, lines 9-27')
assert md.contains('- 19 lines, 185 tokens, to the existing reports/date\\_utils.py')
