def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def site = new File(basedir, 'target/site')
def reports = new File(site, 'project-reports.html').text
assert reports.contains('href="perfscope.html"') && reports.contains('Perfscope')
def page = new File(site, 'perfscope.html').text
assert page.contains('Health score 88 / 100 (B)') // one warning in its one file
assert page.contains('Greeter.greet: cyclomatic complexity 4 (warning &gt; 3)')
assert page.contains('src/main/java/demo/Greeter.java')
assert page.contains('href="perfscope/perf-report.html"')
assert new File(site, 'perfscope/perf-report.html').text.contains('id="perf-data"')
