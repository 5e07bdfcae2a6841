def log = new File(basedir, 'build.log').text
assert log.contains('Perfscope is skipped (perf.skip).')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/perf/perf-report.json').exists()
