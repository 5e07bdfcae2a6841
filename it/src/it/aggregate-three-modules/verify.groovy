def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def site = new File(basedir, 'target/site')
assert new File(site, 'project-reports.html').text.contains('href="perfscope-aggregate.html"')
def page = new File(site, 'perfscope-aggregate.html').text
// billing's one file has one warning (100 e^(-1/7) = 86); the whole build is the same formula over all its files
assert page.contains('Overall health score 95 / 100 (A) over 3 modules.')
assert page =~ /<td>billing<\/td>\s*<td>86 \/ 100 \(B\)<\/td>/
assert page.contains('Health score 86 / 100 (B).')
['billing', 'catalog', 'shipping'].each { assert page.contains('<td>' + it + '</td>') }
assert page.contains('Invoice.total: cyclomatic complexity 5 (warning &gt; 3)')
['billing', 'catalog', 'shipping'].each {
    assert new File(site, "perfscope-aggregate/${it}/perf-report.html").isFile()
    assert !new File(basedir, "${it}/target/site/perfscope-aggregate.html").exists()
}
true
