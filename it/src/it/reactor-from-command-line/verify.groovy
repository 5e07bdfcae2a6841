def log = new File(basedir, 'build.log').text
assert log.contains('Reading the sources of the 4 projects of the reactor together, from its top: ')
assert log =~ /Perfscope \S+: 3 files, /
assert log.contains('[ERROR]   billing/src/main/java/demo/billing/Invoice.java:5 Invoice.total: cyclomatic complexity 5 (critical > 4)')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
assert report.files*.path.sort() == ['billing/src/main/java/demo/billing/Invoice.java',
    'catalog/src/main/java/demo/catalog/Item.java', 'shipping/src/main/java/demo/shipping/Parcel.java']
// One run, one report: the modules write none of their own.
['billing', 'catalog', 'shipping'].each { assert !new File(basedir, "${it}/target/perf").exists() }
true
