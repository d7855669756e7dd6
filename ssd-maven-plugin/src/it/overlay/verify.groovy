// The overlay's table, code set and column were generated into the project's package and compiled
// with a class using them, lint judged core plus overlay clean, and the extract with the overlay's
// table, column and local gender codes validated.
def file = { String path -> new File(basedir, path) }
def panel = file('target/generated-sources/ssd/com/example/la801/table/La801FamilyHelpPanel.java')
assert panel.isFile()
assert panel.text.contains('la801'): 'the generated record does not say where it came from'
assert file('target/classes/com/example/app/Panels.class').isFile()
def schemas = file('target/classes/com/example/la801/schema/json-schema')
assert new File(schemas, 'la801_family_help_panel.schema.json').isFile()
def log = file('build.log').text
def overlay = file('la801').absolutePath
assert log =~ /SSD spec \S+ \(the bundled SSD spec with overlay \Q${overlay}\E\): 49 tables, \d+ code sets; 0 error\(s\)/
assert log =~ /SSD extract \S+extract \(spec \S+\): 6 rows, 0 error\(s\)/
return true
