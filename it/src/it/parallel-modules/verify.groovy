def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def modules = ['alpha', 'beta', 'gamma', 'delta']
for (int i = 0; i < modules.size(); i++) {
    def module = modules[i]
    def cls = module.capitalize()
    def report = new groovy.json.JsonSlurper().parse(new File(basedir, module + '/target/perf/perf-report.json'))
    assert report.root.endsWith(module)
    assert report.files*.path == ["src/main/java/${module}/${cls}.java".toString()]
    assert report.files[0].functions*.name == (0..i).collect { "${cls}.f${it}".toString() }
    assert report.files[0].functions*.cyclomatic.every { it == 2 }
}
