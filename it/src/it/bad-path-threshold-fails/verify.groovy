def log = new File(basedir, 'build.log').text
assert log.contains("Invalid value for perf.pathThresholds: 'src/[main'. Allowed: a glob such as src/test/** or **/*.java (Missing ] at index 8).")
assert !new File(basedir, 'target/perf/perf-report.json').exists()
