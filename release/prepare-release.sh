#!/usr/bin/env sh
# Prepares a library release: sets the version in every pom.xml, the build timestamp that makes
# the jars reproducible, and the version in README.md's dependency snippets, all at once.
#   release/prepare-release.sh 1.0.0            (then review, build, commit, tag: see README "Releasing")
#   release/prepare-release.sh 1.1.0-SNAPSHOT   (back to development after a release)
set -eu
cd "$(dirname "$0")/.."
new=${1:-}
case "$new" in
  [0-9]*.[0-9]*.[0-9]*) ;;
  *) echo "usage: release/prepare-release.sh VERSION (such as 1.0.0 or 1.1.0-SNAPSHOT)" >&2; exit 2 ;;
esac
old=$(sed -n '/<artifactId>ssd-parent<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;}' pom.xml | head -n 1)
if [ -z "$old" ]; then
  echo "release: cannot read the current version from pom.xml" >&2
  exit 2
fi
if [ "$old" = "$new" ]; then
  echo "release: the version is already $new" >&2
  exit 2
fi
stamp=$(date -u +%Y-%m-%dT%H:%M:%SZ)
poms=$(find . -name pom.xml -not -path '*/target/*' -not -path './.git/*' | sort)
for f in $poms README.md; do
  sed -e "s#<version>$old</version>#<version>$new</version>#g" \
      -e "s#<project.build.outputTimestamp>[^<]*</project.build.outputTimestamp>#<project.build.outputTimestamp>$stamp</project.build.outputTimestamp>#" \
      "$f" > "$f.tmp"
  mv "$f.tmp" "$f"
done
left=$(grep -l "<version>$old</version>" $poms README.md || true)
if [ -n "$left" ]; then
  echo "release: $old is still named in: $left" >&2
  exit 1
fi
echo "release: $old -> $new, build timestamp $stamp, in:"
echo "$poms README.md" | tr ' ' '\n' | sed 's/^/  /'
echo "release: next: ./mvnw -B -Prelease verify (signed bundle in ssd-dist/target/central-bundle.zip)"
