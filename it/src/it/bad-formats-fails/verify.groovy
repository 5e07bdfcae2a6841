def log = new File(basedir, 'build.log').text
assert log.contains("Invalid value for perf.formats: 'json,pdf'. Allowed: a comma-separated list of console, json, html, md, sarif, checkstyle.")
assert !new File(basedir, 'target/perf').exists()
