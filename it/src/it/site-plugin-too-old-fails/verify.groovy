def log = new File(basedir, 'build.log').text
assert log.contains("failed to get report for dev.perfscope:perf-maven-plugin: Perfscope's site report needs "
        + "maven-site-plugin 3.12.1 or later and this build runs 3.3 (what Maven 3.8 binds by default): "
        + "pin maven-site-plugin 3.22.0 in <build><pluginManagement>.")
assert !log.contains('realm =')
assert !log.contains('NoClassDefFoundError')
assert !new File(basedir, 'target/site/perfscope.html').exists()
