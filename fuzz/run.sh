#!/bin/sh
# Runs newsift's libFuzzer targets, one after the other.
#
#   fuzz/run.sh [SECONDS] [TARGET...]   default: 60 s each; all of
#                                       decode extract gzip mhtml warc
#
# NEWSIFT_FUZZ_SEED=N fixes libFuzzer's random seed, so that a run explores
# the same inputs each time (.ci/run does this; leave it unset to explore).
#
# Configures build-fuzz/ (clang, -DNEWSIFT_FUZZ=ON, ASan + UBSan) when it
# is missing, and brings it up to date. Each target's corpus grows in build-fuzz/corpus/<target>/,
# seeded from testdata/ and fuzz/regressions/<target>/. Crashes, leaks,
# timeouts and out-of-memory inputs land in build-fuzz/artifacts/<target>/:
# fix the bug, then copy the input to fuzz/regressions/<target>/, where
# tests/fuzz_regression_test.cc replays it in every test run.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build-fuzz
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-decode extract gzip mhtml warc}

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DNEWSIFT_FUZZ=ON -DNEWSIFT_BUILD_TESTS=OFF -DNEWSIFT_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" -j2 >/dev/null

data=$root/testdata
status=0
for target in $targets; do
  corpus=$build/corpus/$target
  artifacts=$build/artifacts/$target
  mkdir -p "$corpus" "$artifacts"
  case $target in
    decode) seeds="$data/encoding $data/pages"; dict=html.dict; max_len=65536 ;;
    extract) seeds="$data/pages $data/encoding"; dict=html.dict; max_len=131072 ;;
    gzip) seeds="$data/containers"; dict=compressed.dict; max_len=32768 ;;
    mhtml) seeds="$data/containers"; dict=mhtml.dict; max_len=32768 ;;
    warc) seeds="$data/containers"; dict=warc.dict; max_len=32768 ;;
    *) echo "fuzz/run.sh: unknown target $target" >&2; exit 2 ;;
  esac
  dict_flag=""
  seed_flag=""
  [ -n "${NEWSIFT_FUZZ_SEED:-}" ] && seed_flag="-seed=$NEWSIFT_FUZZ_SEED"
  [ -n "$dict" ] && dict_flag="-dict=$root/fuzz/$dict"
  echo "=== fuzz_$target for $seconds s" >&2
  # Kept crashers, when the target has any (git keeps no empty folders).
  regressions=$root/fuzz/regressions/$target
  [ -d "$regressions" ] || regressions=""
  # shellcheck disable=SC2086 # seed folders are separate arguments
  "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=$max_len -timeout=25 \
      -rss_limit_mb=2560 -print_final_stats=1 -artifact_prefix="$artifacts/" $dict_flag $seed_flag \
      "$corpus" $regressions $seeds || status=1
done
exit $status
