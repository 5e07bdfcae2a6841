def log = new File(basedir, 'build.log').text
def gone = new File(basedir, 'gone/.git/worktrees/wt').absolutePath
assert log.contains('BUILD SUCCESS')
assert log.contains("[WARNING] no git history in this run's reports, the repository is damaged: the git repository "
    + "cannot be opened: repository not found: ${gone}.")

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
assert report.files*.path == ['src/main/java/demo/Tally.java'] // not the .git file
assert report.history.damaged == true && report.history.sufficient == false && report.history.head == 'unknown'
assert report.history.reason == "the git repository cannot be opened: repository not found: ${gone}"
assert !report.files[0].containsKey('history') && !report.hotspots
assert new File(basedir, 'target/perf/perf-report.md').text
    .contains("- History: not read, the git repository is damaged: the git repository cannot be opened: ")
assert new File(basedir, 'target/perf/perf-report.html').exists()
