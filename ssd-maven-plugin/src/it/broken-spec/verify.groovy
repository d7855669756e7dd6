// The lint goal failed the build, naming the file, line and column of the column whose code set
// does not exist, in the form Maven prints compiler messages, and the build stopped there.
def log = new File(basedir, 'build.log').text
def table = new File(basedir, 'src/ssd/tables/ssd_disability.yaml').absolutePath
def expected = "[ERROR] ${table}:[13,5] [lint.code-set.unresolved] ssd_disability.disa_disability_code refers to unknown code set 'disabilities'"
assert log.contains(expected): "no '${expected}' in build.log"
assert log.contains('SSD spec lint: 1 error(s), 0 warning(s)')
assert log.contains('BUILD FAILURE')
return true
