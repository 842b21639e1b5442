#!/usr/bin/env bash
# Runs the directory benchmark against a running ./suite up (see bench/README.md).
#   bench/run.sh generate   add the 100 000-service directory (once)
#   bench/run.sh            measure
#   bench/run.sh remove     take the generated directory out again
#   bench/run.sh feed-import   time the import of a generated 100 000-service ORUK feed
#   bench/run.sh feed-again    pull that feed again (every record unchanged)
#   bench/run.sh feed-remove   take the imported feed out again
#   bench/run.sh referrals         measure referral intake (referral-service)
#   bench/run.sh referrals-remove  take the benchmark's referrals out again
set -euo pipefail
cd "$(dirname "$0")/.."
is_jdk21() { [[ -x "$1/bin/java" ]] && "$1/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; }
java_home="${JAVA_HOME:-}"
if ! is_jdk21 "$java_home"; then
  java_home=""
  for candidate in /usr/lib/jvm/*; do
    if is_jdk21 "$candidate"; then java_home="$candidate"; break; fi
  done
  [[ -n "$java_home" ]] || { echo "bench/run.sh: no JDK 21 or newer (set JAVA_HOME)" >&2; exit 1; }
fi
driver=$(find "${HOME}/.m2/repository/org/postgresql/postgresql" -name 'postgresql-*.jar' | sort -V | tail -1)
is_jdk22() { [[ -x "$1/bin/java" ]] && "$1/bin/java" -version 2>&1 | grep -qE 'version "(2[2-9]|[3-9][0-9])'; }
# The referral benchmark shares Bench.java's measuring code: a program of two source files needs JDK 22 or newer
multi_file_java=""
for candidate in "$java_home" /usr/lib/jvm/*; do
  if is_jdk22 "$candidate"; then multi_file_java="$candidate/bin/java"; break; fi
done
case "${1:-run}" in
  referrals) exec "${multi_file_java:?bench/run.sh: the referral benchmark needs a JDK 22 or newer}" -cp "$driver" bench/ReferralBench.java ;;
  referrals-remove) exec "${multi_file_java:?bench/run.sh: needs a JDK 22 or newer}" -cp "$driver" bench/ReferralBench.java remove ;;
  feed-import) exec "$java_home/bin/java" -cp "$driver" bench/FeedBench.java ;;
  feed-again) exec "$java_home/bin/java" -cp "$driver" bench/FeedBench.java again ;;
  feed-remove) exec "$java_home/bin/java" -cp "$driver" bench/Bench.java remove bench/remove-feed.sql ;;
  *) exec "$java_home/bin/java" -cp "$driver" bench/Bench.java "${1:-run}" "${@:2}" ;;
esac
