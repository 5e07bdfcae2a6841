import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Perfscope fails the build: 4 critical findings at or above failOn=critical (allowed: 0 critical).')
assert !log.contains('Nothing changed since the last run') // the second run analyzed
def report = new JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))

def kindOf = report.files.collectEntries { [it.path, it.kind] }
def paths = kindOf.keySet()
// what the team owns, and nothing else: no Perfscope output, nothing git ignores, nothing minified
assert !paths.any { it.startsWith('target/') || it.contains('.perf-') }
assert !paths.any { it.startsWith('scratch/') || it.startsWith('build/') || it.endsWith('.log') }
assert !paths.contains('web/static/app.min.js')
assert kindOf['src/polyapp/engine.py'] == 'source'
assert kindOf['web/static/app.js'] == 'source'
assert kindOf['tests/test_engine.py'] == 'test'
assert kindOf['src/polyapp/messages_pb2.py'] == 'generated'
assert kindOf['CHANGELOG.md'] == 'documentation'
assert kindOf['docs/guide.md'] == 'documentation'
assert kindOf['bandit-report.json'] == 'data'
assert kindOf['mkdocs.yml'] == 'data'
assert !paths.any { it.startsWith('.github/') } // a hidden folder
assert kindOf['src/polyapp/theme.tcss'] == 'data'
assert kindOf['src/polyapp/zip_codes.py'] == 'data' // data written as code
assert report.summary.kinds.source.files == 6
assert report.summary.kinds.test.files == 1
assert report.summary.kinds.documentation.files == 3
assert report.summary.kinds.generated.files == 1
assert report.summary.kinds.data.files == 6 // .gitignore, pyproject.toml, bandit-report.json, mkdocs.yml, theme.tcss, zip_codes.py

// findings, the top ten of them and the first recommendation are about source only
def sourceOnly = { String path -> kindOf[path] == 'source' }
assert report.findings*.path.every(sourceOnly)
assert report.findings.take(10)*.path.every(sourceOnly)
assert report.findings*.path.toSet() == ['src/polyapp/engine.py', 'web/static/app.js', 'examples/demo.py',
    'scripts/release.py'] as Set
// what to do first: the largest module, which the rest of the code imports, before the example and the script
assert report.findings[0].path == 'src/polyapp/engine.py'
assert report.recommendations[0].path == 'src/polyapp/engine.py' && report.recommendations[0].kind == 'split-file'
assert report.recommendations*.rank == (1..report.recommendations.size()).toList()
assert report.recommendations.isEmpty() || sourceOnly(report.recommendations[0].path)
assert report.recommendations*.path.every(sourceOnly)
assert report.hotspots*.path.every(sourceOnly)

// the binary file named .py is listed with its reason, and counted in the build log
assert report.skipped == [[path: 'src/polyapp/blob.py', reason: 'binary', detail: 'a NUL byte in the first 8,000 bytes']]
assert !paths.contains('src/polyapp/blob.py')
assert log.contains('Files by kind: 6 source (')
assert log.contains('1 skipped (1 binary)')
assert log.contains('Skipped: src/polyapp/blob.py: binary')
def markdown = new File(basedir, 'target/perf/perf-report.md').text
assert markdown.contains('| src/polyapp/blob.py | binary |')
