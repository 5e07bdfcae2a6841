def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[medium] helpers/git_http.py: Split git_http.py into 2 files')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
def split = report.recommendations.find { it.kind == 'split-file' }
assert split.path == 'helpers/git_http.py'
assert split.plan.staysBehind == 'git_http/__init__.py'
assert split.plan.parts*.name as Set == ['git_http/__init__.py', 'git_http/http.py'] as Set
def http = split.plan.parts.find { it.name == 'git_http/http.py' }
assert http.members as Set == ['BASE_URL', 'TIMEOUT', 'http_get', 'http_post', 'send', 'http_healthy'] as Set
assert split.plan.crossEdges == []
