def log = new File(basedir, 'build.log').text
assert log.contains("Invalid value for perf.failOn: 'sever'. Allowed: one of critical, warning, none.")
assert !new File(basedir, 'target/perf/perf-report.json').exists()
