#!/usr/bin/env bash
# Runs every benchmark of sagemaker4j against the official AWS SDK v2 SageMaker client and
# writes docs/benchmarks.md. Run from anywhere; needs JDK 17 and Maven.
#
#   sagemaker-benchmarks/run.sh                 full run (about 17 minutes on 2 cores)
#   sagemaker-benchmarks/run.sh --quick         smoke test: few iterations, 3 cold starts
#   sagemaker-benchmarks/run.sh --profile       instead: JFR profiles of both SDKs' benchmarks and
#                                               our call's stages one by one (OursStagesBenchmark),
#                                               under sagemaker-benchmarks/target/results/profile
# Options:
#   --skip-build     do not build and install the reactor; package only this module, against
#                    the sagemaker4j artifacts already installed in the local Maven repository
#   --note TEXT      a note printed at the top of the report (for instance "busy machine")
#   --out FILE       where to write the report (default docs/benchmarks.md)
# Environment: MVN_FLAGS (extra Maven flags, such as -o), JAVA (the java binary, default java).
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
module=sagemaker-benchmarks
results=$module/target/results
java=${JAVA:-java}
mvn_flags=${MVN_FLAGS:-}

mode=full
build=yes
note=
out=docs/benchmarks.md
while [[ $# -gt 0 ]]; do
  case $1 in
    --quick) mode=quick ;;
    --profile) mode=profile ;;
    --skip-build) build=no ;;
    --note) note=$2; shift ;;
    --out) out=$2; shift ;;
    -h|--help) sed -n "2,16p" "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

# The value of <tag> in a pom (the first one).
pom_value() {
  sed -n "s:.*<$2>\(.*\)</$2>.*:\1:p" "$1" | head -n 1
}

log() {
  printf '\n== %s  %s\n' "$(date -u +%H:%M:%S)" "$*"
}

started_epoch=$(date +%s)
started=$(date -u +"%Y-%m-%d %H:%M UTC")
load_start=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null | sed 's: : / :g' || echo unknown)

if [[ $build == yes ]]; then
  log "Building and installing the reactor (tests skipped)"
  # shellcheck disable=SC2086
  mvn -B -q $mvn_flags install -DskipTests
else
  log "Packaging $module only"
  # shellcheck disable=SC2086
  mvn -B -q $mvn_flags -pl $module package -DskipTests
fi

rm -rf "$results"
mkdir -p "$results/lib"

# Other builds may install sagemaker4j or rebuild this module while the benchmarks run, so the
# run measures private copies: this module's classes, and the sagemaker4j jars of every class
# path, copied once, here, at the start.
cp -R $module/target/classes "$results/classes"
classes=$results/classes
pin() { # class path -> the same class path with the sagemaker4j jars replaced by the copies
  local entry name pinned=()
  local -a entries
  IFS=: read -r -a entries <<< "$1"
  for entry in "${entries[@]}"; do
    name=$(basename "$entry")
    case $name in
      sagemaker-model-*.jar|sagemaker-client-*.jar)
        [[ -f $results/lib/$name ]] || cp -p "$entry" "$results/lib/$name"
        pinned+=("$results/lib/$name") ;;
      *) pinned+=("$entry") ;;
    esac
  done
  (IFS=:; echo "${pinned[*]}")
}
cp="$classes:$(pin "$(cat $module/target/benchmarks.classpath)")"

# JMH settings: a full run is 9 benchmarks x 2 forks x (15 s warm-up + 20 s measured) plus
# start-up, about 12 minutes; cold start (3 variants x 11 runs x 2 SDKs) and footprint add 3.
case $mode in
  full) jmh_opts=(-f 2 -wi 5 -w 3s -i 5 -r 4s); cold_runs=10; expected=17 ;;
  quick) jmh_opts=(-f 1 -wi 1 -w 1s -i 2 -r 1s); cold_runs=3; expected=3 ;;
  profile) jmh_opts=(-f 1 -wi 4 -w 3s -i 4 -r 3s); cold_runs=0; expected=6 ;;
esac
jvm_args="-Xms1g -Xmx1g"

if [[ $mode == profile ]]; then
  log "Profiling (JFR) both SDKs' benchmarks"
  mkdir -p "$results/profile"
  "$java" -cp "$cp" org.openjdk.jmh.Main \
    'dev\.sagemaker4j\.benchmarks\.((Sync|Async)\w*Benchmark\.(ours|official)|OursStagesBenchmark\.\w+)$' \
    "${jmh_opts[@]}" -jvmArgs "$jvm_args" -prof gc -prof "jfr:dir=$results/profile" \
    -rf json -rff "$results/profile/jmh.json" | tee "$results/profile/jmh.log"
  while IFS= read -r jfr; do
    name=$(basename "$(dirname "$jfr")")
    "$java" -cp "$cp" dev.sagemaker4j.benchmarks.report.JfrTop "$jfr" 25 > "$results/profile/$name.txt"
    echo "summary: $results/profile/$name.txt"
  done < <(find "$results/profile" -name '*.jfr' | sort)
  exit 0
fi

log "Checking that both SDKs send the same request"
"$java" -cp "$cp" dev.sagemaker4j.benchmarks.WireCheck "$results/wirecheck.md" \
  2> "$results/wirecheck.err" || { cat "$results/wirecheck.err" >&2; exit 1; }

log "JMH: sync calls and async throughput, three contenders each ($mode)"
"$java" -cp "$cp" org.openjdk.jmh.Main 'dev\.sagemaker4j\.benchmarks\.(Sync|Async)\w*Benchmark' \
  "${jmh_opts[@]}" -jvmArgs "$jvm_args" \
  -prof gc -prof dev.sagemaker4j.benchmarks.CpuTimeProfiler \
  -rf json -rff "$results/jmh.json" | tee "$results/jmh.log"

log "Footprint: resolving the minimal application of each SDK"
official_version=$(pom_value pom.xml official.sagemaker.version)
dependency_plugin="org.apache.maven.plugins:maven-dependency-plugin:$(
  grep -A1 '<artifactId>maven-dependency-plugin</artifactId>' pom.xml \
    | sed -n 's:.*<version>\(.*\)</version>.*:\1:p' | head -n 1)"
resolve() { # pom, output file, extra flags...
  local pom=$1 file=$2
  shift 2
  # shellcheck disable=SC2086
  mvn -B -q $mvn_flags -f "$pom" "$dependency_plugin:build-classpath" -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$root/$file.resolved" "$@"
  pin "$(cat "$file.resolved")" > "$file"
}
resolve $module/footprint/ours/pom.xml "$results/footprint-ours.classpath"
resolve $module/footprint/official/pom.xml "$results/footprint-official.classpath" \
  -Dofficial.sagemaker.version="$official_version"
resolve $module/footprint/official/pom.xml "$results/footprint-official-lean.classpath" \
  -Dofficial.sagemaker.version="$official_version" -Plean
resolve $module/footprint/ours/pom.xml "$results/coldstart-ours-apache.classpath" -Papache
resolve $module/footprint/official/pom.xml "$results/coldstart-official-urlconnection.classpath" \
  -Dofficial.sagemaker.version="$official_version" -Purlconnection

log "Cold start: $cold_runs runs of each SDK per variant, alternating"
ours_cp="$classes:$(cat "$results/footprint-ours.classpath")"
ours_apache_cp="$classes:$(cat "$results/coldstart-ours-apache.classpath")"
official_cp="$classes:$(cat "$results/footprint-official.classpath")"
official_url_cp="$classes:$(cat "$results/coldstart-official-urlconnection.classpath")"
"$java" -cp "$cp" dev.sagemaker4j.benchmarks.coldstart.ColdStartRunner \
  --runs "$cold_runs" --out "$results/coldstart.tsv" \
  --variant apache "$ours_apache_cp" apache "$official_cp" apache \
  --variant url-connection "$ours_cp" urlconnection "$official_url_cp" urlconnection \
  --variant sdk-defaults "$ours_cp" default "$official_cp" default

log "Writing $out"
elapsed=$(( ($(date +%s) - started_epoch + 30) / 60 ))
{
  echo "mode=$mode"
  echo "build=$build"
  echo "started=$started"
  echo "finished=$(date -u +"%Y-%m-%d %H:%M UTC")"
  echo "elapsed.minutes=$elapsed"
  echo "load.end=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null | sed 's: : / :g' || echo unknown)"
  echo "expected.minutes=$expected"
  echo "load.start=$load_start"
  echo "coldstart.runs=$cold_runs"
  echo "version=$(pom_value $module/pom.xml version)"
  echo "client.jar.date=$(date -u -r "$(ls "$results"/lib/sagemaker-client-*.jar | head -n 1)" \
    +"%Y-%m-%d %H:%M UTC" 2>/dev/null || echo unknown)"
  echo "commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(
    git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "note=$note"
} > "$results/run.properties"
# The class path goes in as a property with its separators escaped.
printf 'classpath=%s\n' "${cp//\\/\\\\}" >> "$results/run.properties"
"$java" -cp "$cp" dev.sagemaker4j.benchmarks.report.ReportWriter "$results" "$out"
