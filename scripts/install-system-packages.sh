#!/usr/bin/env bash
# Installs what the tests need from Debian's packages when it is missing: a PostgreSQL server
# (the integration tests start their own) and Chromium (the browser tests drive it).
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing from Debian's packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "Please install ${missing[*]} (Debian: apt-get install ${missing[*]}) and run the tests again." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The server package starts a cluster of its own; the tests do not use it.
if [[ " ${missing[*]} " == *" postgresql "* ]] && command -v pg_ctlcluster >/dev/null 2>&1; then
  "${sudo[@]}" service postgresql stop >/dev/null 2>&1 || true
fi
