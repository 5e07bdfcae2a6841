def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('What to do first, by impact:')
assert log.contains('[medium] src/main/java/fixtures/GitHttpHelper.java: Split GitHttpHelper.java into 2 files')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
def split = report.recommendations.find { it.kind == 'split-file' }
assert split.path == 'src/main/java/fixtures/GitHttpHelper.java'
assert split.plan.parts*.name as Set == ['GitHttpHelper.java', 'GitHttpHelperHttp.java'] as Set
def http = split.plan.parts.find { it.name == 'GitHttpHelperHttp.java' }
assert http.members as Set == ['baseUrl', 'timeoutMillis', 'httpRequests', 'httpGet', 'httpPost', 'send', 'httpHealthy',
    'httpDelete'].collect { 'GitHttpHelper.' + it } as Set
assert split.plan.crossEdges == []
assert report.recommendations*.kind as Set == ['split-file', 'extract-function', 'parameter-object'] as Set
assert report.files.every { it.structure == null }
assert report.recommendations*.rank == (1..report.recommendations.size()).toList()
assert report.recommendations*.impact == report.recommendations*.impact.sort(false).reverse()

def markdown = new File(basedir, 'target/perf/perf-report.md').text
assert markdown.contains('## Recommendations')
assert markdown.contains('- GitHttpHelper.java (stays)')
