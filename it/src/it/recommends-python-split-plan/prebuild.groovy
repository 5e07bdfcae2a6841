// Takes its module from the Python advice fixtures the unit tests use.
def fixtures = new File(basedir, '../../../../analyzers/src/test/resources/fixtures/python/advice')
def target = new File(basedir, 'helpers')
target.mkdirs()
new File(target, 'git_http.py').text = new File(fixtures, 'git_http.py').text
assert new File(target, 'git_http.py').length() > 0
