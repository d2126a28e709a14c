#!/usr/bin/env bash
# Runs CareLine on this machine: embedded PostgreSQL (55432) and Kafka (59092) with data under .careline/,
# the five services, their URLs and demo tokens. Ctrl-C stops everything.
#   ./run.sh                      build, then start
#   ./run.sh --no-build           start what was built before
#   ./run.sh --demo-data          also register a few demo complaints
#   ./run.sh --tokens             print fresh demo tokens and exit
#   ./run.sh --external-pg jdbc:postgresql://db:5432 --external-kafka broker:9092
# CARELINE_PG_URL, CARELINE_PG_USERNAME, CARELINE_PG_PASSWORD and CARELINE_KAFKA_BOOTSTRAP work too.
set -euo pipefail
cd "$(dirname "$0")"

build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) args+=("$arg") ;;
  esac
done

if $build; then
  echo "Building CareLine (mvn -B -q package -DskipTests) ..."
  mvn -B -q package -DskipTests
fi

classpath_file=platform/devinfra/target/launcher.classpath
if [[ ! -f "$classpath_file" ]]; then
  echo "Nothing built yet: run ./run.sh without --no-build first." >&2
  exit 1
fi

# java in the foreground, so that Ctrl-C reaches the launcher, which stops services, Kafka and PostgreSQL
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "platform/devinfra/target/classes:$(cat "$classpath_file")" \
  com.careline.devinfra.Suite "${args[@]+"${args[@]}"}"
