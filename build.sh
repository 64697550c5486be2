#!/bin/sh
# newsift's one-command set-up on Debian 12 (the README's quick start).
#
#   ./build.sh run    install what is missing, build, run newsift on a sample page
#   ./build.sh test   install what is missing, build, run the whole test suite
#   ./build.sh build  install what is missing, build
#   ./build.sh deps   install what is missing
#   ./build.sh fuzz [SECONDS [TARGET...]]
#                     install clang and libFuzzer if missing, run fuzz/run.sh
#
# Packages are installed with apt-get only when missing (with sudo when not
# root). The build is CMake, Release, in build/ (NEWSIFT_BUILD_DIR to change).
set -eu

root=$(cd "$(dirname "$0")" && pwd)
build_dir=${NEWSIFT_BUILD_DIR:-$root/build}
packages="cmake make g++ pkg-config libxml2-dev libicu-dev libcli11-dev libfmt-dev
          nlohmann-json3-dev libgtest-dev zlib1g-dev libbrotli-dev libzstd-dev python3"
# Only for the fuzz targets (fuzz/): clang and its libFuzzer runtime.
fuzz_packages="clang libclang-rt-14-dev"

install_deps() {
  missing=""
  for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $package"
    fi
  done
  [ -z "$missing" ] && return 0
  echo "build.sh: installing$missing" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  # shellcheck disable=SC2086 # word splitting of the package list is wanted
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

build() {
  cmake -S "$root" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release
  cmake --build "$build_dir" -j"$(nproc)"
}

case "${1:-}" in
  run)
    install_deps
    build
    echo "--- newsift testdata/pages/planet-2024-harbour-storm.html" >&2
    "$build_dir/newsift" "$root/testdata/pages/planet-2024-harbour-storm.html"
    ;;
  test)
    install_deps
    build
    ctest --test-dir "$build_dir" --output-on-failure -j"$(nproc)"
    ;;
  build)
    install_deps
    build
    ;;
  deps)
    install_deps
    ;;
  fuzz)
    shift
    packages="$packages $fuzz_packages"
    install_deps
    "$root/fuzz/run.sh" "$@"
    ;;
  *)
    echo "usage: ./build.sh run|test|build|deps|fuzz" >&2
    exit 2
    ;;
esac
