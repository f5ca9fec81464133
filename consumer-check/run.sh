#!/usr/bin/env bash
# The consumer check: builds consumer-check/ (a user's own project, not a module of the
# reactor) against the sagemaker4j artifacts in the local Maven repository, once per cell of a
# matrix of JUnit versions, version management styles and neighbours, prints one line per cell
# and fails if any cell fails.
#
#   mvn -B install                    # at the repository root: puts the artifacts in place
#   consumer-check/run.sh             # every cell
#   consumer-check/run.sh junit-6 boot-4.0   # only these cells
#
# The project uses only what README.md tells a user: the dependencies it lists, its snippets
# (taken from README.md at run time, between the consumer-check markers: EndpointDeployerTest
# runs, the first calls compile), LocalSageMaker, the async client on Netty, the model's JSON,
# and the standalone jar as a process.
# MAVEN_OPTS (e.g. -Dmaven.repo.local=...) is honoured; MVN names another mvn command.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
mvn=${MVN:-mvn}

# The versions the reactor builds with, read from its root pom.
pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$root/pom.xml" | head -1
}
version=$(awk '/<artifactId>sagemaker4j-parent<\/artifactId>/ { found = 1 }
  found && /<version>/ { gsub(/.*<version>|<\/version>.*/, ""); print; exit }' "$root/pom.xml")
awssdk=$(pom_property awssdk.version)
jackson_floor=$(pom_property jackson.minimum.version)
awssdk_floor=$(pom_property awssdk.minimum.version)
if [ -z "$version" ] || [ -z "$awssdk" ]; then
  echo "consumer-check: cannot read the project version or awssdk.version from $root/pom.xml" >&2
  exit 2
fi
bom_awssdk=$(sed -n 's:.*<awssdk.version>\(.*\)</awssdk.version>.*:\1:p' "$root/sagemaker-bom/pom.xml")
if [ "$bom_awssdk" != "$awssdk" ]; then
  echo "consumer-check: sagemaker-bom/pom.xml pins the AWS SDK at $bom_awssdk, the root pom at $awssdk" >&2
  exit 2
fi

# name|arguments. JUnit 5.10 is the lowest the test kit supports, 5.11 is Spring Boot 3.4's,
# 5.14 and 6.1 the newest 5.x and 6.x; the Boot cells let Spring Boot's dependency management
# decide JUnit, Jackson, Netty, Jetty and SLF4J.
cells=(
  "junit-5.10|-Djunit.version=5.10.5"
  "junit-5.11|-Djunit.version=5.11.4"
  "junit-5.14-bom|-Pbom -Djunit.version=5.14.4"
  "junit-6.1|-Djunit.version=6.1.3"
  "boot-3.5|-Pboot -Dboot.version=3.5.7"
  "boot-4.0|-Pboot -Dboot.version=4.0.7"
)
if [ -n "$jackson_floor" ] && [ -n "$awssdk_floor" ]; then
  cells+=("floor|-Pfloor -Djackson.floor=$jackson_floor -Dawssdk.floor=$awssdk_floor")
fi

# The stand-in as a program: its -standalone.jar run with java -jar, called, stopped with SIGTERM.
cells+=("standalone-jar|-Pplain,standalone -Dtest=StandaloneJarTest")
# A modular application (module-path/): compiled against the installed jars, then run with
# java --module-path alone, so the module descriptors are what it sees.
cells+=("module-path|module-path")

echo "consumer check: sagemaker4j $version, AWS SDK $awssdk"

# The README's snippets marked for the check (its test-kit example, its first calls), exactly
# as README.md shows them: each block between "<!-- consumer-check:begin NAME.java" and
# "<!-- consumer-check:end -->" becomes target/readme/NAME.java, a test source of the project
# (compiled in every cell; the test classes among them run).
rm -rf "$here/target/readme"
mkdir -p "$here/target/readme"
awk -v dir="$here/target/readme" '
  /<!-- consumer-check:begin / { file = dir "/" $3; next }
  /<!-- consumer-check:end -->/ { file = ""; next }
  file != "" && !/^```/ { print > file }' "$root/README.md"
if ! grep -qs "class EndpointDeployerTest" "$here/target/readme/EndpointDeployerTest.java"; then
  echo "consumer-check: README.md has no EndpointDeployerTest between the consumer-check markers" >&2
  exit 2
fi
echo "consumer check: from README.md: $(cd "$here/target/readme" && ls | tr '\n' ' ')"

selected=("$@")
passed=0
failed=0
start_all=$SECONDS
for cell in "${cells[@]}"; do
  name=${cell%%|*}
  args=${cell#*|}
  if [ ${#selected[@]} -gt 0 ] && [[ ! " ${selected[*]} " == *" $name "* ]]; then
    continue
  fi
  dir="$here/target/cells/$name"
  rm -rf "$dir"
  mkdir -p "$dir"
  log="$dir.log"
  start=$SECONDS
  if [ "$args" = module-path ]; then
    run_cell() {
      (cd "$here/module-path" && "$mvn" -B -q -Dcell.dir="$dir" -Dsagemaker4j.version="$version" \
        -Dawssdk.version="$awssdk" compile dependency:build-classpath \
        -Dmdep.outputFile="$dir/modules.txt") &&
        java --module-path "$dir/classes:$(cat "$dir/modules.txt")" \
          -m check.modular/check.modular.Main
    }
  else
    run_cell() {
      # shellcheck disable=SC2086 # the cell's arguments are words
      cd "$here" && "$mvn" -B -q -Dcell.dir="$dir" -Dsagemaker4j.version="$version" \
        -Dawssdk.version="$awssdk" $args test
    }
  fi
  if (run_cell) > "$log" 2>&1; then
    tests=$(for f in "$dir"/surefire-reports/TEST-*.xml; do
      sed -n 's/.*<testsuite [^>]*tests="\([0-9]*\)".*/\1/p' "$f" | head -1
    done 2>/dev/null | awk '{ n += $1 } END { print n + 0 }')
    if [ "$args" = module-path ]; then
      tests=$(sed -n 's/^module-path check: \([0-9]*\) passed.*/\1/p' "$log")
    fi
    printf 'PASS  %-16s %3ds  %s tests  (%s)\n' "$name" $((SECONDS - start)) "${tests:-?}" "$args"
    passed=$((passed + 1))
  else
    printf 'FAIL  %-16s %3ds  (%s), log: %s\n' "$name" $((SECONDS - start)) "$args" "$log"
    grep -E "Tests run:|ERROR\]|Error|Exception" "$log" | grep -vE "[[:space:]]at |^\[ERROR\] *$|Help 1|-e switch|-X switch|dump files|individual test results|read the following" | head -10 \
      | sed 's/^/      /'
    failed=$((failed + 1))
  fi
done
echo "consumer check: $passed passed, $failed failed ($((SECONDS - start_all))s)"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
