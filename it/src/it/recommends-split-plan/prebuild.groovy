// Takes its sources from the advice fixtures the unit tests use.
def fixtures = new File(basedir, '../../../../analyzers/src/test/resources/fixtures/advice')
def target = new File(basedir, 'src/main/java/fixtures')
target.mkdirs()
for (name in ['GitHttpHelper.java', 'Pricing.java']) {
    new File(target, name).text = new File(fixtures, name).text
}
assert new File(target, 'GitHttpHelper.java').length() > 0
