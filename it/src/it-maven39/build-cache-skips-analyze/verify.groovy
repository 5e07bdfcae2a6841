def log = new File(basedir, 'build.log').text
// Three builds, one log: perf:analyze runs in the first, is restored from the cache in the second, and runs
// again in the third because failOn, a declared input, changed.
assert log.count('--- perf:') == 2
assert log.contains('Skipping plugin execution (cached): perf:analyze')
assert log.contains('Mojo cached parameters mismatch with actual, forcing full project build. Mojo: perf:analyze')
assert new File(basedir, 'target/perf/perf-report.json').isFile()
