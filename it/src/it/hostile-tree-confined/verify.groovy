def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Reports go outside the build directory, as perf.outputDirectory says: ')
assert log.contains('Not fully measured: src/main/java/demo/Big.java: file is ')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'reports/perf-report.json'))
def paths = report.files*.path
assert paths.every { it.startsWith('src/main/java/demo/') && !it.contains('/loop/') }
assert !paths.any { it.contains('Secret') }
assert paths.contains('src/main/java/demo/Small.java') && !paths.any { it.endsWith('Alias.java') } // one file, two paths

def big = report.files.find { it.path == 'src/main/java/demo/Big.java' }
assert big.lines == 204 && big.blank == 1 && big.code == 203 && big.functions == []
assert big.note.message.contains('over maxFileSize (2,048 bytes)')
assert report.files.find { it.path.endsWith('Small.java') }.note == null
assert !new File(basedir, 'target/perf/perf-report.json').exists()
