// generate wrote the model into the project's own package, the compiler compiled a class using a
// generated record, the schemas are resources, lint passed and the small extract validated.
def file = { String path -> new File(basedir, path) }
def person = file('target/generated-sources/ssd/com/example/ssd/table/Person.java')
assert person.isFile()
assert person.text.startsWith('package com.example.ssd.table;')
assert file('target/generated-sources/ssd/com/example/ssd/code/Sex.java').isFile()
assert file('target/generated-sources/ssd/com/example/ssd/meta/SsdTables.java').isFile()
assert file('target/classes/com/example/app/Children.class').isFile()
assert file('target/classes/com/example/ssd/table/Person.class').isFile()
def schemas = file('target/classes/com/example/ssd/schema')
def names = []
schemas.eachFileRecurse { names << it.name }
assert names.any { it.endsWith('.schema.json') }: "no JSON Schema in ${schemas}"
assert names.any { it.endsWith('.avsc') }: "no Avro schema in ${schemas}"
assert names.any { it.endsWith('.sql') }: "no SQL in ${schemas}"
assert file('target/ssd-validation/report.txt').isFile()
assert file('target/ssd-validation/report.html').isFile()
def log = file('build.log').text
assert log =~ /SSD spec \S+ \(the bundled SSD spec\): \d+ tables, \d+ code sets; 0 error\(s\)/
assert log =~ /SSD extract \S+ssd-extract \(spec \S+\): 4 rows, 0 error\(s\)/
assert log.contains('SSD model up to date'): 'the second build generated again'
return true
