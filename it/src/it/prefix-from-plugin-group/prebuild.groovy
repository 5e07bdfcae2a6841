// invoker:install copies the plugin's jar and pom into the ITs' repository, not the group metadata that maps
// the prefix perf to it: that is written by a real install. So install the plugin module here, with this
// Maven (the one on the PATH, 3.8) into the ITs' repository, as a user's `mvn install` does into ~/.m2.
def metadata = new File(localRepositoryPath, 'dev/perfscope/maven-metadata-local.xml')
if (!metadata.isFile()) {
  def settings = new File(basedir, 'install-settings.xml')
  def outer = new File(outerRepository).toURI().toString()
  settings.text = """<settings><profiles><profile><id>outer</id><activation><activeByDefault>true</activeByDefault>
    </activation><repositories><repository><id>outer</id><url>${outer}</url></repository></repositories>
    <pluginRepositories><pluginRepository><id>outer</id><url>${outer}</url></pluginRepository></pluginRepositories>
    </profile></profiles></settings>"""
  def command = ['mvn', '-B', '-q', '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}",
                 '-f', pluginPom, 'install', '-DskipTests']
  def process = command.execute(null, basedir)
  process.waitForProcessOutput(System.out, System.err)
  assert process.exitValue() == 0 : "installing the plugin failed: ${command.join(' ')}"
}
return true
