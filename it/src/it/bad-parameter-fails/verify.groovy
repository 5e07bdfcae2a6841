def log = new File(basedir, 'build.log').text
def base = basedir.canonicalPath
def errors = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal') }
assert errors.size() == 4
assert errors[0].endsWith(": Invalid value for perf.failOn: 'sever'. Allowed: one of critical, warning, none. -> [Help 1]")
assert errors[1].endsWith(": Invalid value for perf.outputDirectory: '${base}/pom.xml': an existing file. "
    + "Allowed: a folder, or a path where one can be created. -> [Help 1]")
assert errors[2].endsWith(": Invalid value for perf.sourceRoots: '/': the root of the file system. "
    + "Allowed: existing directories of the project, relative to ${base}. -> [Help 1]")
assert errors[3].endsWith(": Invalid value for perf.baseline: '${base}/broken-baseline.json': not valid JSON at "
    + "line 2, column 17: Unexpected close marker '}': expected ']' (for Array starting at line 2, column 15). "
    + "Allowed: a file written by perf:baseline, or none. -> [Help 1]")
assert !log.contains('StreamReadFeature') && !log.contains('reference chain') && !log.contains('Cannot walk')
assert !new File(basedir, 'target/perf/perf-report.json').exists()
