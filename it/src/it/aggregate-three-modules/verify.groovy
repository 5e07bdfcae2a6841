def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def site = new File(basedir, 'target/site')
assert new File(site, 'project-reports.html').text.contains('href="perfscope-aggregate.html"')
def page = new File(site, 'perfscope-aggregate.html').text
assert page =~ /Overall health score \d+ \/ 100 over 3 modules/
['billing', 'catalog', 'shipping'].each { assert page.contains('<td>' + it + '</td>') }
assert page.contains('Invoice.total: cyclomatic complexity 5 (warning &gt; 3)')
['billing', 'catalog', 'shipping'].each {
    assert new File(site, "perfscope-aggregate/${it}/perf-report.html").isFile()
    assert !new File(basedir, "${it}/target/site/perfscope-aggregate.html").exists()
}
true
