def log = new File(basedir, 'build.log').text
assert log.contains("Invalid value for perf.since: 'origin/main'. Allowed: a branch, tag or commit")
assert log.contains('no git work tree contains')
assert !new File(basedir, 'target/perf/perf-report.json').exists()
