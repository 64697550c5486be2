#!/bin/sh
# The newsift command as users run it: exit codes, the one-line error
# messages, standard input, several inputs. Usage: cli_test.sh NEWSIFT TESTDATA
set -u
newsift=$1
pages=$2/pages
containers=$2/containers
page=$pages/planet-2024-harbour-storm.html
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
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
expect "directory" 1 "newsift: $tmp: is a directory" -- "$newsift" "$tmp"
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
check "one error line" test "$(wc -l <"$tmp/err")" -eq 1

expect "body only" 0 "" -- "$newsift" --body-only "$page"
check "body only has no headline" sh -c "! grep -q 'Storm batters' \"$tmp/out\""
check "body only has the body" grep -q "^A powerful storm tore through" "$tmp/out"

expect "--url fills url" 0 "" -- sh -c "\"$newsift\" -f json --url https://example.org/a < \"$pages/dispatch-2009-rail-strike.html\""
check "url from --url" grep -q '"url": "https://example.org/a"' "$tmp/out"

expect "explain" 0 "" -- "$newsift" --explain "$page"
check "explain lists decisions" grep -q "^KEEP" "$tmp/out"
check "explain gives reasons" grep -q "removed class/id hint" "$tmp/out"

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
