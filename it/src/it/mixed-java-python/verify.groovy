def log = new File(basedir, 'build.log').text
assert log.contains('src/main/python/shop/helpers.py: 1,100 lines (critical > 1,000)')

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
def byPath = report.files.collectEntries { [(it.path): it] }
assert byPath['src/main/java/demo/App.java'].language == 'java'
def helpers = byPath['src/main/python/shop/helpers.py']
assert helpers.language == 'python' && helpers.lines == 1100 && helpers.comment == 3 // the docstring and two "# reserved"
assert helpers.functions.size() == 274 && helpers.functions[0].name == 'step_0' && helpers.functions[0].line == 3
