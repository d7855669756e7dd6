// The lint goal failed the build at the overlay's column without the prefix, in the form Maven
// prints compiler messages, and the build stopped there.
def log = new File(basedir, 'build.log').text
def overlay = new File(basedir, 'la801.yaml').absolutePath
def expected = "[ERROR] ${overlay}:[11,11] [overlay.prefix]"
assert log.contains(expected): "no '${expected}' in build.log"
assert log.contains('first_language')
assert log =~ /SSD spec lint: [1-9]\d* error\(s\)/
assert log.contains('BUILD FAILURE')
return true
