def log = new File(basedir, 'build.log').text
assert log.contains('Analyzed in a worker JVM (perf.fork=always, -XX:+UseParallelGC -XX:TieredStopAtLevel=1) in ')
assert log.count('in a worker JVM') == 1
assert log.contains("Invalid value for perf.fork: 'sometimes'. Allowed: auto, always or never.")

def worker = new File(basedir, 'target/perf-worker/perf-report.json')
def here = new File(basedir, 'target/perf-here/perf-report.json')
assert worker.bytes == here.bytes
def report = new groovy.json.JsonSlurper().parse(worker)
assert report.files*.path == ['src/main/java/demo/Greeter.java', 'src/main/python/tally.py']
assert report.files[1].functions[0].cyclomatic == 4
