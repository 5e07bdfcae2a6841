def log = new File(basedir, 'build.log').text
assert log.contains('src/main/java/demo/Legacy.java:4 Legacy.score: cyclomatic complexity 5 (critical > 3), worse than the baseline (was 4)')
assert log.contains('Baseline perf-baseline.json: 0 new, 1 worse, 0 unchanged, 0 improved, 0 resolved.')
