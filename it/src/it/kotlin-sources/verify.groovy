def log = new File(basedir, 'build.log').text
assert log.contains('src/main/kotlin/demo/Shipping.kt:5 Shipping.rate: cyclomatic complexity 21 (critical > 20)')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
def byPath = report.files.collectEntries { [(it.path): it] }
def shipping = byPath['src/main/kotlin/demo/Shipping.kt']
assert shipping.language == 'kotlin' && shipping.lines == 30
// detekt 1.23.8: cyclomatic 1 + 17 when entries + ?: + if + && = 21; cognitive when 1 + if 1 + && 1 + else 1 = 4
def rate = shipping.functions.find { it.name == 'Shipping.rate' }
assert rate.line == 5 && rate.cyclomatic == 21 && rate.cognitive == 4 && rate.params == 2
assert shipping.functions*.name == ['Shipping.rate', 'Shipping.free']
def test = byPath['src/test/kotlin/demo/ShippingTest.kt']
assert test.language == 'kotlin' && test.kind == 'test' && test.functions*.name == ['ShippingTest.rateOfZoneA']
