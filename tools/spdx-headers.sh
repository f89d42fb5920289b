#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 IMS Wizard authors
#
# Puts the licence header (SPDX-License-Identifier and a copyright line) at the top of every source,
# build and script file git tracks, where it is missing; files that have it stay as they are, so running
# it again changes nothing. With --check it changes nothing and lists the files without the header
# (exit 1 when there is one): the test packaging.spdx-headers.
#   tools/spdx-headers.sh [--check]
# Which files: C++ (*.cpp, *.h), CMake (CMakeLists.txt, *.cmake), shell (*.sh) and any tracked file that
# starts with "#!" (the .ci scripts). Not translations, JSON, Markdown, images or test data.
set -euo pipefail

mode=add
case ${1:-} in
  --check) mode=check ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac
cd "$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"

license='SPDX-License-Identifier: GPL-3.0-or-later'
copyright='SPDX-FileCopyrightText: 2026 IMS Wizard authors'

count=0
while IFS= read -r -d '' file; do
  [[ -f $file && ! -L $file ]] || continue # tracked but deleted in the working tree, or a link
  case $file in
    *.cpp | *.h) style=cpp ;;
    CMakeLists.txt | */CMakeLists.txt | *.cmake | *.sh) style=hash ;;
    *) [[ $(head -c 2 "$file") == '#!' ]] || continue; style=hash ;;
  esac
  # The header is at the top; the first lines are enough (after a "#!" line, it is the second).
  head -n 5 "$file" | grep -qF "$license" && continue
  count=$((count + 1))
  if [[ $mode == check ]]; then
    echo "no licence header: $file"
    continue
  fi
  tmp=$(mktemp)
  if [[ $style == cpp ]]; then
    { printf '// %s\n// %s\n\n' "$license" "$copyright"; cat "$file"; } >"$tmp"
  elif [[ $(head -c 2 "$file") == '#!' ]]; then
    { head -n 1 "$file"; printf '# %s\n# %s\n' "$license" "$copyright"; tail -n +2 "$file"; } >"$tmp"
  else
    { printf '# %s\n# %s\n' "$license" "$copyright"; cat "$file"; } >"$tmp"
  fi
  cat "$tmp" >"$file" # into the same file, so its mode (executable scripts) stays
  rm -f "$tmp"
  echo "added the licence header: $file"
done < <(git ls-files -z)

if [[ $mode == check ]]; then
  if [[ $count -gt 0 ]]; then
    echo "$count file(s) without the licence header; tools/spdx-headers.sh adds it" >&2
    exit 1
  fi
  echo "every tracked source file has the licence header"
else
  echo "$count file(s) given the licence header"
fi
