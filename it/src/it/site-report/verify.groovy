def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def site = new File(basedir, 'target/site')
def reports = new File(site, 'project-reports.html').text
assert reports.contains('href="perfscope.html"') && reports.contains('Perfscope')
def page = new File(site, 'perfscope.html').text
// Greeter.java has one warning (100 e^(-1/7) = 86), Names.java none: (0.867 + 1) / 2 = 93 overall
assert page.contains('Health score 93 / 100 (A)')
assert page.contains('Health by module')
assert page =~ /<td>src\/main\/java\/demo<\/td>\s*<td>86 \/ 100 \(B\)<\/td>/
assert page =~ /<td>src\/main\/java\/demo\/text<\/td>\s*<td>100 \/ 100 \(A\)<\/td>/
assert page.contains('Greeter.greet: cyclomatic complexity 4 (warning &gt; 3)')
assert page.contains('src/main/java/demo/Greeter.java')
assert page.contains('href="perfscope/perf-report.html"')
assert new File(site, 'perfscope/perf-report.html').text.contains('id="perf-data"')
