def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Baseline perf-baseline.json: 0 new, 0 worse, 0 unchanged, 1 improved, 0 resolved.')
assert log.contains('improved: src/main/java/demo/Legacy.java Legacy.score cyclomatic 7 -> 5')
assert log.contains('Run perf:baseline to lock the improvement in (and commit perf-baseline.json).')
