#!/usr/bin/env bash
# Installs what Recoupe's demo and tests need: Debian's Chromium and Firefox ESR (if missing), then the npm
# packages from the lock file. Browser downloads by test tools are never used.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} with apt"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "setup: chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), firefox-esr $(/usr/bin/firefox-esr --version 2>/dev/null | awk '{print $3}')"

npm ci --no-audit --no-fund
