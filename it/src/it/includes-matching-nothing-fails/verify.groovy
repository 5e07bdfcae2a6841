def log = new File(basedir, 'build.log').text
assert log.contains('Perfscope fails the build: perf.includes [x/*.java] matched no file under src/main/java '
    + '(with perf.failOn=none this is a warning).')
assert !new File(basedir, 'target/perf/perf-report.json').exists()
