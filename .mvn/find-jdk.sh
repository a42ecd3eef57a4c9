# Finds a JDK >= 21 for the build; sourced (POSIX sh) by ./mvnw, ./groma and .ci/run, so that both README
# commands work on a machine whose default java is older but that has a newer JDK installed beside it.
# Looks at JAVA_HOME, then javac on PATH, then the usual install folders; the first JDK >= 21 wins.

groma_min_java=21

# Prints the feature version of the java binary $1 (17, 21, 25), or nothing.
groma_java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

# Prints a JAVA_HOME whose java and javac are >= 21; returns 1 when there is none.
groma_find_jdk() {
  _groma_javac_home=""
  if command -v javac >/dev/null 2>&1; then
    _groma_javac_home="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
  fi
  for _groma_home in "${JAVA_HOME:-}" "$_groma_javac_home" /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -n "$_groma_home" ] && [ -x "$_groma_home/bin/java" ] && [ -x "$_groma_home/bin/javac" ] || continue
    _groma_major="$(groma_java_major "$_groma_home/bin/java")"
    if [ -n "$_groma_major" ] && [ "$_groma_major" -ge "$groma_min_java" ]; then
      echo "$_groma_home"
      return 0
    fi
  done
  return 1
}

# Exports JAVA_HOME as a JDK >= 21 when one is found (leaving it as it was otherwise, so the build's own
# check can say what to install), and on JDK 24+ the flag that silences Maven's sun.misc.Unsafe warnings.
groma_use_jdk() {
  if _groma_found="$(groma_find_jdk)"; then
    if [ -n "${JAVA_HOME:-}" ] && [ "$JAVA_HOME" != "$_groma_found" ]; then
      echo "groma: JAVA_HOME=$JAVA_HOME is older than Java $groma_min_java; building with $_groma_found" >&2
    fi
    JAVA_HOME="$_groma_found"
    export JAVA_HOME
    if [ "$(groma_java_major "$JAVA_HOME/bin/java")" -ge 24 ]; then
      case " ${MAVEN_OPTS:-} " in
        *" --sun-misc-unsafe-memory-access=allow "*) ;;
        *) MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"; export MAVEN_OPTS ;;
      esac
    fi
    return 0
  fi
  return 1
}
