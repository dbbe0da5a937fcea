# Shared by deploy/local/{start,stop,status,token}; sourced, not run. Expects ROOT to be set.
STACK="$ROOT/deploy/local-stack"
STATE_DIR="${ERHVERVSHUS_STACK_DIR:-/tmp/erhvervshus-local}"

# The module's jar, not its -sources/-tests siblings; fails when the module is not built.
module_jar() {
  local dir="$1" name="$2" jar
  for jar in "$dir"/target/"$name"-*.jar; do
    case "$jar" in *-sources.jar|*-tests.jar|*-javadoc.jar) continue ;; esac
    [[ -f "$jar" ]] && { echo "$jar"; return 0; }
  done
  return 1
}

# Runtime classpath of a module: the cached file, (re)resolved by Maven when missing or older
# than the module's pom.
runtime_classpath() {
  local module="$1" cache="$2"
  if [[ ! -f "$cache" || "$ROOT/$module/pom.xml" -nt "$cache" ]]; then
    mvn -q -B -f "$ROOT/pom.xml" -pl "$module" dependency:build-classpath \
      -Dmdep.includeScope=runtime -Dmdep.outputFile="$cache" >&2
  fi
  cat "$cache"
}

# jar[:deps] without a trailing ':' (an empty classpath entry would add the current directory).
join_cp() {
  if [[ -n "$2" ]]; then echo "$1:$2"; else echo "$1"; fi
}

# Runs a main class of deploy/local-stack with the given arguments.
run_stack_main() {
  local main="$1" jar
  shift
  if ! jar="$(module_jar "$STACK" local-stack)"; then
    echo "deploy/local-stack is not built; run deploy/local/start (or mvn -pl deploy/local-stack install)" >&2
    return 1
  fi
  java -cp "$(join_cp "$jar" "$(runtime_classpath deploy/local-stack "$STACK/target/runtime.classpath")")" \
    "$main" "$@"
}

# Runs dk.erhvervshus.stack.LocalStackCli with the given arguments.
run_cli() {
  run_stack_main dk.erhvervshus.stack.LocalStackCli "$@"
}
