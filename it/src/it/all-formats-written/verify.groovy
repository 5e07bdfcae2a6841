def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Findings: 1 critical, 0 warnings.')
def perf = new File(basedir, 'target/perf')
assert perf.list().sort() == ['perf-cache.json.gz', 'perf-checkstyle.xml', 'perf-history-cache.json.gz', 'perf-report.html', 'perf-report.json', 'perf-report.md', 'perf-report.sarif', 'perf-run.json']
['perf-checkstyle.xml', 'perf-report.html', 'perf-report.json', 'perf-report.md', 'perf-report.sarif'].each {
    assert log.contains('Report: ' + new File(perf, it).path)
}

def json = new groovy.json.JsonSlurper().parse(new File(perf, 'perf-report.json'))
assert json.thresholds*.rule.contains('file-lines')
// Big.java: 901 code lines (weight 1.802), a critical file-lines finding 20% past 1000 (3.4 points): 100 e^(-3.4/7) / 1.802
assert json.files.find { it.path.endsWith('Big.java') }.health == [score: 34, letter: 'E', points: 3.4]
assert json.files.find { it.path.endsWith('Small.java') }.health == [score: 100, letter: 'A', points: 0.0]
assert json.health == [score: 57, letter: 'E', points: 3.4]

def sarif = new groovy.json.JsonSlurper().parse(new File(perf, 'perf-report.sarif'))
assert sarif.version == '2.1.0'
def result = sarif.runs[0].results[0]
assert result.ruleId == 'file-lines' && result.level == 'error'
assert result.locations[0].physicalLocation.artifactLocation.uri.endsWith('src/main/java/demo/Big.java')
assert !result.locations[0].physicalLocation.artifactLocation.uri.startsWith('/')

def checkstyle = new groovy.xml.XmlSlurper().parse(new File(perf, 'perf-checkstyle.xml'))
assert checkstyle.file.size() == 1 && checkstyle.file.error.@severity.text() == 'error'

def md = new File(perf, 'perf-report.md').text
assert md.contains('**Health score: ' + json.health.score + ' / 100 (' + json.health.letter + ')**')
assert md.contains('## Large files (> 500 lines)') && md.contains('| src/main/java/demo/Big.java | 1,200 |')

def html = new File(perf, 'perf-report.html').text
assert html.contains('<script type="application/json" id="perf-data">') && !html.contains('__PERFSCOPE_DATA__')
