# Shared by bench/goal-reads and bench/freshness (sourced, not run): builds what is missing, clears
# the state dir of a previous run, puts the generator's, the demo loader's and the stack's classes on
# BENCH_CLASSPATH, compiles the bench programs into STATE_DIR/classes and stops the bench's JVM (whose
# shutdown hook stops the services, Kafka and PostgreSQL) on every exit.

module_jar() {
  local jar
  for jar in "$1"/target/"$2"-*.jar; do
    case "$jar" in *-sources.jar|*-tests.jar|*-javadoc.jar) continue ;; esac
    [[ -f "$jar" ]] && { echo "$jar"; return 0; }
  done
  return 1
}

prepare_full_stack() {
  local state_dir="$1" service entry missing=false
  local kafka_classpath_file="$ROOT/deploy/local-stack/target/classes/dk/erhvervshus/stack/kafka-broker.classpath"
  for service in guidance-service survey-service reporting-service; do
    [[ -f "$ROOT/services/$service/target/quarkus-app/quarkus-run.jar" ]] || missing=true
  done
  [[ -f "$kafka_classpath_file" ]] || missing=true
  module_jar "$ROOT/deploy/local-stack" local-stack >/dev/null || missing=true
  module_jar "$ROOT/contracts-api" contracts-api >/dev/null || missing=true
  module_jar "$ROOT/deploy/demo-data" demo-data >/dev/null || missing=true
  if $missing; then
    echo "Building (mvn -q -B -DskipTests install in $ROOT), this takes a few minutes..."
    (cd "$ROOT" && mvn -q -B -DskipTests install)
  fi

  # Start from an empty state dir, but delete only what a run of these benches leaves there.
  # PostgreSQL runs as the postgres user when we are root, so it must be reachable by it (hence /tmp).
  if [[ -d "$state_dir" ]]; then
    for entry in "$state_dir"/* "$state_dir"/.[!.]*; do
      [[ -e "$entry" ]] || continue
      case "$(basename "$entry")" in
        postgres|kafka|postgres.log|kafka.log|*-service.log|classes|*.classpath) ;;
        *) echo "refusing to clear $state_dir: it holds $(basename "$entry"), which a bench run did not leave" >&2
           exit 1 ;;
      esac
    done
    rm -rf "$state_dir"
  fi
  mkdir -p "$state_dir/classes"
  chmod 755 "$state_dir"

  # The generator needs the contract's classes and their Jackson modules, the demo loader its
  # reference data; the stack classes and the Kafka client come with local-stack.
  local dependencies
  # One file per module: the plugin writes the same file for each module of a multi-module run.
  (cd "$ROOT" && mvn -q -B -pl contracts-api dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$state_dir/contracts.classpath" >/dev/null)
  (cd "$ROOT" && mvn -q -B -pl deploy/demo-data dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$state_dir/demo-data.classpath" >/dev/null)
  dependencies="$(cat "$state_dir/contracts.classpath"):$(cat "$state_dir/demo-data.classpath")"
  # This tree's own module jars first: the dependency classpaths name the same modules from the local
  # Maven repository, which may hold an older build of them.
  BENCH_CLASSPATH="$(module_jar "$ROOT/contracts-api" contracts-api):$(module_jar "$ROOT/deploy/demo-data" demo-data)"
  BENCH_CLASSPATH+=":$(module_jar "$ROOT/deploy/local-stack" local-stack):$dependencies:$(cat "$kafka_classpath_file")"
  javac -nowarn -d "$state_dir/classes" -cp "$BENCH_CLASSPATH" "$ROOT"/bench/FullStack.java "$ROOT"/bench/OpenLoad.java \
    "$ROOT"/bench/EventVolume.java "$ROOT"/bench/GoalReadsBench.java "$ROOT"/bench/FreshnessBench.java

  bench_pid=""
  trap stop_bench EXIT
  trap 'exit 130' INT TERM
}

stop_bench() {
  if [[ -n "$bench_pid" ]] && kill -0 "$bench_pid" 2>/dev/null; then
    # SIGTERM: the program's shutdown hook stops the services, Kafka and PostgreSQL.
    kill -TERM "$bench_pid" 2>/dev/null || true
    wait "$bench_pid" 2>/dev/null || true
  fi
}
