#!/bin/sh
# The newsift command as users run it: exit codes, the one-line error
# messages, standard input, several inputs, and batch runs over folders
# (mirrored outputs, re-runs, signals, kill -9, a full disk).
# Usage: cli_test.sh NEWSIFT TESTDATA
set -u
newsift=$1
pages=$2/pages
containers=$2/containers
page=$pages/planet-2024-harbour-storm.html
tmp=$(mktemp -d)
trap 'umount "$tmp/small" 2>/dev/null; rm -rf "$tmp"' EXIT
failures=0

# expect NAME WANT_STATUS WANT_STDERR_SUBSTRING -- COMMAND...
expect() {
  name=$1 want_status=$2 want_err=$3
  shift 4
  "$@" >"$tmp/out" 2>"$tmp/err"
  status=$?
  if [ "$status" -ne "$want_status" ]; then
    echo "FAIL $name: exit $status, want $want_status; stderr: $(cat "$tmp/err")"
    failures=$((failures + 1))
    return
  fi
  if [ -n "$want_err" ] && ! grep -qF -- "$want_err" "$tmp/err"; then
    echo "FAIL $name: stderr lacks '$want_err': $(cat "$tmp/err")"
    failures=$((failures + 1))
    return
  fi
  echo "ok   $name"
}

# check NAME CONDITION_COMMAND...: a test on the last command's output.
check() {
  name=$1
  shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}

expect "one page" 0 "" -- "$newsift" "$page"
check "text starts with the headline" grep -qx "Storm batters harbour town as sea wall gives way" "$tmp/out"
check "no error output" test ! -s "$tmp/err"

expect "stdin by default" 0 "" -- sh -c "\"$newsift\" < \"$page\""
check "stdin gives the same text" sh -c "\"$newsift\" \"$page\" | cmp -s - \"$tmp/out\""
expect "stdin as -" 0 "" -- sh -c "\"$newsift\" -f jsonl - < \"$page\""
check "source of stdin is -" grep -q '^{"source":"-",' "$tmp/out"

expect "help" 0 "" -- "$newsift" --help
check "help documents exit status" grep -q "Exit status" "$tmp/out"
check "help documents formats" grep -q "jsonl" "$tmp/out"
expect "version" 0 "" -- "$newsift" --version
check "version number" grep -q "^newsift [0-9]" "$tmp/out"

expect "unknown option" 2 "newsift: " -- "$newsift" --no-such-option "$page"
expect "bad format" 2 "newsift: " -- "$newsift" -f xml "$page"
expect "bad --now" 2 "newsift: --now" -- "$newsift" --now yesterday "$page"
expect "bad --max-size" 2 "newsift: --max-size" -- "$newsift" --max-size lots "$page"

expect "missing file" 1 "newsift: $tmp/missing.html: No such file or directory" -- "$newsift" "$tmp/missing.html"
check "nothing on stdout for a failure" test ! -s "$tmp/out"
: >"$tmp/empty.html"
expect "empty file" 1 "newsift: $tmp/empty.html: empty input" -- "$newsift" "$tmp/empty.html"
printf '\211PNG\r\n\032\n\0\0\0\rIHDR\0\0\0\1' >"$tmp/image.png"
expect "binary file" 1 "newsift: $tmp/image.png: binary data, not an HTML page" -- "$newsift" "$tmp/image.png"
printf '<html><body><nav><a href="/">Home</a></nav></body></html>' >"$tmp/nav.html"
expect "no article" 1 "newsift: $tmp/nav.html: no article content found" -- "$newsift" "$tmp/nav.html"
cp "$page" "$tmp/unreadable.html"
chmod 000 "$tmp/unreadable.html"
if [ "$(id -u)" -ne 0 ]; then
  expect "unreadable file" 1 "newsift: $tmp/unreadable.html: Permission denied" -- "$newsift" "$tmp/unreadable.html"
fi
expect "too large" 1 "limit (see --max-size)" -- "$newsift" --max-size 1k "$page"

expect "several inputs, some bad" 1 "" -- "$newsift" "$page" "$tmp/missing.html" "$pages/kurier-2023-stadtrat-haushalt.html"
check "jsonl: one line per good input" test "$(wc -l <"$tmp/out")" -eq 2
check "jsonl: input order" sh -c "head -1 \"$tmp/out\" | grep -q planet && tail -1 \"$tmp/out\" | grep -q kurier"
check "one error line, then the summary" sh -c "test \$(wc -l <\"$tmp/err\") -eq 2 && tail -1 \"$tmp/err\" | grep -qx 'newsift: 3 pages, 2 extracted, 1 failed, [0-9.]* s' && head -1 \"$tmp/err\" | grep -q missing.html"

expect "body only" 0 "" -- "$newsift" --body-only "$page"
check "body only has no headline" sh -c "! grep -q 'Storm batters' \"$tmp/out\""
check "body only has the body" grep -q "^A powerful storm tore through" "$tmp/out"

expect "--url fills url" 0 "" -- sh -c "\"$newsift\" -f json --url https://example.org/a < \"$pages/dispatch-2009-rail-strike.html\""
check "url from --url" grep -q '"url": "https://example.org/a"' "$tmp/out"

expect "explain" 0 "" -- "$newsift" --explain "$page"
check "explain lists decisions" grep -q "^KEEP" "$tmp/out"
check "explain gives reasons" grep -q "removed class/id hint" "$tmp/out"


# ---- Batch runs over folders.

# A tree of N copies of the golden pages in nested folders, plus things
# that are not pages. Prints nothing.
make_tree() {
  root=$1 count=$2
  i=0
  for name in planet-2024-harbour-storm kurier-2023-stadtrat-haushalt dispatch-2009-rail-strike; do
    "$newsift" --now 2026-01-01 "$pages/$name.html" >"$tmp/$name.want"
  done
  while [ $i -lt "$count" ]; do
    dir=$root/d$((i % 10))/e$((i / 10 % 10))
    mkdir -p "$dir"
    case $((i % 3)) in
      0) name=planet-2024-harbour-storm ;;
      1) name=kurier-2023-stadtrat-haushalt ;;
      *) name=dispatch-2009-rail-strike ;;
    esac
    cp "$pages/$name.html" "$dir/$name-$i.html"
    i=$((i + 1))
  done
  mkdir -p "$root/d0/story_files" "$root/.cache"
  cp "$pages/planet-2024-harbour-storm.html" "$root/d0/story_files/frame.html"
  cp "$pages/planet-2024-harbour-storm.html" "$root/.cache/copy.html"
  echo 'body { margin: 0 }' >"$root/d0/site.css"
}

# 12345 -> 12,345, as the summary prints counts.
count() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

# Every output under OUT_ROOT equals the text of its source page, and no
# other visible file is there. Prints the number of outputs.
check_outputs() {
  out_root=$1
  find "$out_root" -type f ! -name '.*' | {
    n=0 bad=0
    while read -r f; do
      base=$(basename "$f" .txt)
      want=$tmp/${base%-*}.want
      if [ ! -f "$want" ] || ! cmp -s "$f" "$want"; then bad=$((bad + 1)); fi
      n=$((n + 1))
    done
    if [ $bad -ne 0 ]; then echo "BAD $bad"; else echo "$n"; fi
  }
}

make_tree "$tmp/arch" 30
expect "folder to -o" 0 "newsift: 30 pages, 30 extracted, 0 failed, 1 file not a page, " -- \
  "$newsift" --now 2026-01-01 -j 2 -o "$tmp/o" "$tmp/arch"
out_root=$tmp/o/${tmp#/}/arch
check "outputs mirror the tree" test -f "$out_root/d1/e0/kurier-2023-stadtrat-haushalt-1.txt"
check "every output whole, nothing else" test "$(check_outputs "$tmp/o")" = 30
check "hidden and _files folders skipped" test ! -e "$out_root/d0/story_files" -a ! -e "$out_root/.cache"
check "nothing on stdout with -o" test ! -s "$tmp/out"
check "no progress when stderr is not a terminal" sh -c "! grep -q \"$(printf '\r')\" \"$tmp/err\""
expect "re-run skips up-to-date outputs" 0 "newsift: 0 pages, 0 extracted, 0 failed, 30 up to date, 1 file not a page, " -- \
  "$newsift" --now 2026-01-01 -o "$tmp/o" "$tmp/arch"
touch "$tmp/arch/d2/e0/dispatch-2009-rail-strike-2.html"
expect "a changed input is redone" 0 "newsift: 1 page, 1 extracted, 0 failed, 29 up to date, " -- \
  "$newsift" --now 2026-01-01 -o "$tmp/o" "$tmp/arch"
expect "--force redoes all" 0 "newsift: 30 pages, 30 extracted, 0 failed, " -- \
  "$newsift" --now 2026-01-01 --force -o "$tmp/o" "$tmp/arch"
expect "-q: no summary" 0 "" -- "$newsift" -q --force -o "$tmp/o" "$tmp/arch"
check "-q: nothing on stderr" test ! -s "$tmp/err"

expect "folder to stdout is jsonl in order" 0 "" -- "$newsift" -q -j 2 "$tmp/arch"
check "jsonl: one line per page" test "$(wc -l <"$tmp/out")" -eq 30
check "jsonl: same with -j 1" sh -c "\"$newsift\" -q -j 1 \"$tmp/arch\" | cmp -s - \"$tmp/out\""

expect "--files-from - with -0" 0 "newsift: 9 pages, 9 extracted, 0 failed, " -- \
  sh -c "find \"$tmp/arch/d1\" \"$tmp/arch/d2\" \"$tmp/arch/d3\" -name '*.html' -print0 | \"$newsift\" -0 --files-from - -f jsonl"
check "--files-from: nine lines" test "$(wc -l <"$tmp/out")" -eq 9

printf '<html><body><nav><a href="/">Home</a></nav></body></html>' >"$tmp/arch/d5/empty-nav.html"
expect "failures: exit 1, list written" 1 "newsift: $tmp/arch/d5/empty-nav.html: no article content found" -- \
  "$newsift" -o "$tmp/o" --failures "$tmp/failed.txt" "$tmp/arch"
check "failure list names the input" test "$(cat "$tmp/failed.txt")" = "$tmp/arch/d5/empty-nav.html"
cp "$pages/dispatch-2009-rail-strike.html" "$tmp/arch/d5/empty-nav.html"
expect "failure list feeds --files-from" 0 "newsift: 1 page, 1 extracted, 0 failed, " -- \
  "$newsift" -o "$tmp/o" --files-from "$tmp/failed.txt"
check "retried output in the mirrored place" test -s "$out_root/d5/empty-nav.txt"

expect "-o with stdin is a usage error" 2 "newsift: -o needs file names" -- sh -c "\"$newsift\" -o \"$tmp/out\" - < \"$page\""

# Progress on a terminal (script(1) gives newsift one), none with -q.
# script needs a pseudo-terminal (/dev/pts): a bare chroot or container
# may have none.
if ! command -v script >/dev/null 2>&1; then
  echo "skip terminal progress: no script(1)"
elif ! script -qec true /dev/null </dev/null >/dev/null 2>&1; then
  echo "skip terminal progress: script(1) cannot open a pseudo-terminal here"
else
  make_tree "$tmp/big" 600
  script -qec "\"$newsift\" -j 1 -o \"$tmp/big-out\" \"$tmp/big\" 2>&1 >/dev/null" /dev/null </dev/null >"$tmp/tty" 2>&1
  check "terminal: progress line redrawn" grep -q "$(printf '\r')[0-9,]*/601" "$tmp/tty"
  check "terminal: summary at the end" grep -q "600 pages, 600 extracted, 0 failed" "$tmp/tty"
  script -qec "\"$newsift\" -q --force -j 1 -o \"$tmp/big-out\" \"$tmp/big\"" /dev/null </dev/null >"$tmp/tty" 2>&1
  check "terminal: -q silences" test ! -s "$tmp/tty"
  # newsift alone at a prompt says it is waiting for a page; Ctrl-D ends it.
  (sleep 1; printf '\004') | timeout 20 script -qec "\"$newsift\"" /dev/null >"$tmp/tty" 2>&1
  check "terminal: stdin prompt hint" grep -q "reading a page from standard input" "$tmp/tty"
  check "terminal: no progress line for standard input" sh -c "! grep -q '0/1' \"$tmp/tty\""
  check "terminal: empty standard input fails" grep -q "newsift: -: empty input" "$tmp/tty"
fi

# kill -9 in the middle, then a re-run completes the job: every output is
# whole at every moment, and the re-run only does what is missing.
make_tree "$tmp/kill" 2000
"$newsift" --now 2026-01-01 -j 1 -o "$tmp/kill-out" "$tmp/kill" 2>/dev/null &
pid=$!
n=0
while [ "$(find "$tmp/kill-out" -type f 2>/dev/null | head -20 | wc -l)" -lt 20 ] && [ $n -lt 1000 ]; do
  sleep 0.01
  n=$((n + 1))
done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
done_before=$(check_outputs "$tmp/kill-out")
check "kill -9: outputs so far are whole ($done_before)" sh -c "test \"$done_before\" -ge 20 && test \"$done_before\" -lt 2000"
left=$(count $((2000 - done_before)))
expect "kill -9: re-run completes" 0 "newsift: $left pages, $left extracted, 0 failed, $(count "$done_before") up to date" -- \
  "$newsift" --now 2026-01-01 -j 2 -o "$tmp/kill-out" "$tmp/kill"
check "kill -9: all 2000 outputs whole" test "$(check_outputs "$tmp/kill-out")" = 2000

# SIGINT and SIGTERM: in-flight pages finish, the summary is printed, 130.
# A background job starts with SIGINT ignored (and newsift keeps it so, as
# `newsift ... &` must not stop on the terminal's Ctrl-C): restore it.
default_signals=""
if env --default-signal=INT true 2>/dev/null; then default_signals="env --default-signal=INT,TERM"; fi
for signal in INT TERM; do
  rm -rf "$tmp/sig-out"
  $default_signals "$newsift" --now 2026-01-01 -j 2 -o "$tmp/sig-out" "$tmp/kill" 2>"$tmp/sig-err" &
  pid=$!
  n=0
  while [ "$(find "$tmp/sig-out" -type f 2>/dev/null | head -20 | wc -l)" -lt 20 ] && [ $n -lt 1000 ]; do
    sleep 0.01
    n=$((n + 1))
  done
  kill -$signal $pid
  wait $pid
  status=$?
  done_before=$(check_outputs "$tmp/sig-out")
  check "SIG$signal: exit 130" test $status -eq 130
  check "SIG$signal: summary says interrupted" grep -Eq "^newsift: [0-9,]+ pages, [0-9,]+ extracted, 0 failed, (1 file not a page, )?interrupted, " "$tmp/sig-err"
  check "SIG$signal: outputs whole ($done_before)" sh -c "test \"$done_before\" -ge 20 && test \"$done_before\" -lt 2000"
  check "SIG$signal: summary counts what was written" grep -q "^newsift: $(count "$done_before") pages" "$tmp/sig-err"
done

# An ignored SIGINT stays ignored.
rm -rf "$tmp/sig-out"
(trap '' INT; exec "$newsift" --now 2026-01-01 -j 2 -o "$tmp/sig-out" "$tmp/kill" 2>"$tmp/sig-err") &
pid=$!
n=0
while [ "$(find "$tmp/sig-out" -type f 2>/dev/null | head -5 | wc -l)" -lt 5 ] && [ $n -lt 1000 ]; do
  sleep 0.01
  n=$((n + 1))
done
kill -INT $pid
wait $pid
check "ignored SIGINT: runs to the end" test "$(check_outputs "$tmp/sig-out")" = 2000

# A full disk: a 64 KiB file system fills up part way; no output is
# partial, the run stops with exit 1 and says why.
mkdir -p "$tmp/small"
if mount -t tmpfs -o size=64k tmpfs "$tmp/small" 2>/dev/null; then
  expect "full disk: exit 1" 1 "No space left on device" -- "$newsift" --now 2026-01-01 -j 2 -o "$tmp/small" "$tmp/arch"
  written=$(check_outputs "$tmp/small")
  check "full disk: outputs written are whole ($written)" test "$written" -lt 31 2>/dev/null
  check "full disk: no temporary files left" test "$(find "$tmp/small" -type f -name '.*' | wc -l)" -eq 0
  umount "$tmp/small"
else
  echo "skip full disk: cannot mount a small tmpfs here"
fi
# Containers, recognised by content.
expect "gzip page" 0 "" -- "$newsift" "$containers/ferry.html.gz"
check "gzip page text" grep -qx "Night ferry to Skerry Island returns after six-week repair" "$tmp/out"
expect "gzip on stdin" 0 "" -- sh -c "\"$newsift\" -f jsonl < \"$containers/ferry.html.gz\""
check "gzip on stdin is source -" grep -q '^{"source":"-",' "$tmp/out"
cp "$containers/ferry.mhtml" "$tmp/saved-page.html"
expect "mhtml named .html" 0 "" -- "$newsift" -f jsonl "$tmp/saved-page.html"
check "mhtml url from Content-Location" grep -q '"url":"https://baycourier.example/news/2024/10/08/night-ferry-returns"' "$tmp/out"
expect "mhtml without html" 1 "newsift: $containers/images-only.mhtml: MHTML file without an HTML part" -- "$newsift" "$containers/images-only.mhtml"
expect "truncated gzip" 1 "newsift: $containers/ferry.truncated.html.gz: truncated gzip data" -- "$newsift" "$containers/ferry.truncated.html.gz"
expect "warc: one input, many pages" 0 "" -- "$newsift" "$containers/crawl.warc.gz"
check "warc: jsonl by default, one line per page" test "$(wc -l <"$tmp/out")" -eq 5
check "warc: source is FILE#record-id" grep -q "^{\"source\":\"$containers/crawl.warc.gz#urn:uuid:6e1f0c2a-3b4d-4e5f-8a9b-000000000003\"" "$tmp/out"
expect "warc: text format keeps pages apart" 0 "" -- "$newsift" -f text "$containers/crawl.warc"
check "warc: text headers" test "$(grep -c '^==> ' "$tmp/out")" -eq 5
expect "damaged warc goes on" 1 "truncated WARC record" -- "$newsift" "$containers/damaged.warc"
check "damaged warc: the good pages" test "$(wc -l <"$tmp/out")" -eq 3
check "damaged warc: one line per damage" test "$(wc -l <"$tmp/err")" -eq 3
expect "warc on stdin" 0 "" -- sh -c "\"$newsift\" < \"$containers/crawl.warc.gz\""
check "warc on stdin: sources" grep -q '^{"source":"-#urn:uuid:' "$tmp/out"

# Limits.
head -c 200000 /dev/zero | gzip -c >"$tmp/bomb.html.gz"
expect "gzip bomb stops at --max-size" 1 "decompressed input larger than the 100 KiB limit (see --max-size)" -- "$newsift" --max-size 100k "$tmp/bomb.html.gz"
expect "bad --time-limit" 2 "newsift: --time-limit" -- "$newsift" --time-limit soon "$page"
expect "negative --time-limit" 2 "newsift: --time-limit" -- "$newsift" --time-limit -1 "$page"
expect "--time-limit 0 means none" 0 "" -- "$newsift" --time-limit 0 "$page"
expect "binary junk on stdin" 1 "newsift: -: binary data, not an HTML page" -- sh -c "head -c 3000 /dev/urandom | tr -d '\\037' | \"$newsift\""

if [ "$failures" -ne 0 ]; then
  echo "$failures CLI check(s) failed"
  exit 1
fi
echo "all CLI checks passed"
