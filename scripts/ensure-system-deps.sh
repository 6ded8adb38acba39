#!/usr/bin/env bash
# The tests need three Debian packages besides Node: chromium (the task pane end-to-end test),
# fonts-noto-cjk (Chinese renders as boxes without it) and libxml2-utils (xmllint, the offline
# manifest check). Installs what is missing when it can (root with apt-get), else says what to do.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
# Read fc-list whole: with pipefail, grep -q closing the pipe early would count as "missing".
fonts=$(fc-list 2>/dev/null || true)
case "$fonts" in *"Noto Sans CJK"*) ;; *) missing+=(fonts-noto-cjk) ;; esac
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} (apt-get)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null
  exit 0
fi
echo "缺少系统软件包 / Missing system packages: ${missing[*]}" >&2
echo "请运行 / Please run: sudo apt-get install -y ${missing[*]}" >&2
exit 1
