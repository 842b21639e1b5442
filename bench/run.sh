#!/usr/bin/env bash
# Runs the directory benchmark against a running ./suite up (see bench/README.md).
#   bench/run.sh generate   add the 100 000-service directory (once)
#   bench/run.sh            measure
#   bench/run.sh remove     take the generated directory out again
#   bench/run.sh feed-import   time the import of a generated 100 000-service ORUK feed
#   bench/run.sh feed-again    pull that feed again (every record unchanged)
#   bench/run.sh feed-remove   take the imported feed out again
set -euo pipefail
cd "$(dirname "$0")/.."
java_home="${JAVA_HOME:-}"
if [[ -z "$java_home" || ! -x "$java_home/bin/java" ]] || ! "$java_home/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  # (ls fails when one of the patterns matches nothing: that must not end the script)
  java_home=$( (ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null || true) | head -1)
fi
driver=$(find "${HOME}/.m2/repository/org/postgresql/postgresql" -name 'postgresql-*.jar' | sort -V | tail -1)
case "${1:-run}" in
  feed-import) exec "$java_home/bin/java" -cp "$driver" bench/FeedBench.java ;;
  feed-again) exec "$java_home/bin/java" -cp "$driver" bench/FeedBench.java again ;;
  feed-remove) exec "$java_home/bin/java" -cp "$driver" bench/Bench.java remove bench/remove-feed.sql ;;
  *) exec "$java_home/bin/java" -cp "$driver" bench/Bench.java "${1:-run}" "${@:2}" ;;
esac
