def groupMetadata = new File(localRepositoryPath, 'dev/perfscope/maven-metadata-local.xml')
assert groupMetadata.isFile()
def plugin = new groovy.xml.XmlSlurper().parse(groupMetadata).plugins.plugin.find { it.prefix == 'perf' }
assert plugin.artifactId == 'perf-maven-plugin'

def log = new File(basedir, 'build.log').text
// Maven 3.8 names the plugin by its artifactId here, Maven 3.9 by its prefix.
assert log =~ /--- (perf-maven-plugin|perf):[^:]+:analyze \(default-cli\)/
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/perf/perf-report.json'))
assert report.files.find { it.path == 'Hello.java' }.functions*.name == ['Hello.main']
