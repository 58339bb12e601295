# shellcheck shell=bash
# Helpers shared by the e2e fixture scripts (topology.sh, testimage.sh). Callers define die().

# deb_binary <package> <path inside the package> <dest>: extracts one executable from a Debian
# package without installing it (no maintainer scripts, no daemon started), once; the package's
# file name is kept in <dest>.source.
deb_binary() {
  local package=$1 member=$2 dest=$3 tmp
  [ -x "$dest" ] && [ -s "$dest.source" ] && return 0
  mkdir -p "$(dirname "$dest")"
  tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get download -q "$package" >/dev/null 2>&1) ||
    { apt-get update -q >/dev/null && (cd "$tmp" && apt-get download -q "$package" >/dev/null); } ||
    { rm -rf "$tmp"; die "cannot download Debian package $package"; }
  dpkg-deb -x "$tmp/${package}"_*.deb "$tmp/x"
  install -m 0755 "$tmp/x/$member" "$dest"
  basename "$tmp/${package}"_*.deb >"$dest.source"
  rm -rf "$tmp"
}

# gen_file <path> <bytes>: deterministic, incompressible content (an AES-CTR keystream): the same
# bytes on every machine, so checksums and image digests are reproducible.
gen_file() {
  [ -s "$1" ] && [ "$(stat -c %s "$1")" = "$2" ] && return 0
  # Process substitution: openssl ends by SIGPIPE, which pipefail would count as a failure.
  head -c "$2" < <(openssl enc -aes-128-ctr -nosalt -K 000102030405060708090a0b0c0d0e0f -iv 0 \
    </dev/zero 2>/dev/null) >"$1.tmp"
  mv "$1.tmp" "$1"
}
