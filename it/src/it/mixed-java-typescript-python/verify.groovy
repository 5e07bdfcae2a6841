def log = new File(basedir, 'build.log').text
assert log.contains('src/main/ts/web/cart.ts:3 surcharge: cyclomatic complexity 25 (critical > 20)')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
def byPath = report.files.collectEntries { [(it.path): it] }
assert byPath['src/main/java/demo/App.java'].language == 'java'
assert byPath['src/main/python/shop/prices.py'].language == 'python'
def cart = byPath['src/main/ts/web/cart.ts']
assert cart.language == 'typescript' && cart.lines == 27
// ESLint complexity: 1 + default + 20 cases + && + ?: + ?? = 25; SonarJS cognitive: switch 1 + && 1 + ?: 1 = 3
def surcharge = cart.functions.find { it.name == 'surcharge' }
assert surcharge.line == 3 && surcharge.cyclomatic == 25 && surcharge.cognitive == 3 && surcharge.params == 2
def badge = byPath['src/main/ts/web/Badge.tsx']
assert badge.language == 'typescript' && badge.functions*.name == ['Badge'] && badge.functions[0].cyclomatic == 2
