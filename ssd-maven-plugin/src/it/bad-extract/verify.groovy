// The first build failed on the one bad code, printing it with its file, row and column, and still
// wrote the report; the second, allowed one error, passed.
def log = new File(basedir, 'build.log').text
def table = new File(basedir, 'extract/ssd_disability.csv').absolutePath
assert log =~ /\[ERROR\] \Q${table}\E row 2 disa_disability_code \[code[a-z.-]*\] .*ZZZZ/
assert log.contains('the extract has 1 error(s) (at most 0 allowed)')
def failed = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ssd-validation/report.json'))
assert failed.valid == false
assert failed.summary.errors == 1
assert new File(basedir, 'target/allowed/report.json').isFile()
assert log =~ /(?s)BUILD FAILURE.*BUILD SUCCESS/
return true
