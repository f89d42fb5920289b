#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 IMS Wizard authors
# A real S3 peer on 127.0.0.1 for tst_obs (issue 12): OpenStack Swift with its s3api middleware, which checks
# AWS Signature V4 as OBS does, started by swift-s3-loopback.sh beside this file (Debian's packages, a fresh
# temporary folder, free ports, path-style addressing, region cn-north-4), and a qcow2 file from qemu-img.
#
# Usage: run.sh TEST_EXECUTABLE CLI_EXECUTABLE
# Exit 0 passed, 77 skipped (CTest's SKIP_RETURN_CODE: not root and the Debian packages are missing), anything
# else failed. Everything started is stopped by PID (the recipe's own record) on any exit.
# KEEP_STATE=1 keeps the temporary folder (Swift's logs) for a look afterwards.
set -euo pipefail

TEST_EXE=${1:?usage: run.sh TEST_EXECUTABLE CLI_EXECUTABLE}
CLI_EXE=${2:?usage: run.sh TEST_EXECUTABLE CLI_EXECUTABLE}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
RECIPE=$HERE/swift-s3-loopback.sh
SKIP=77
# The recipe's packages (it installs those itself, as root) and qemu-img for the qcow2 header.
PACKAGES=(swift-proxy swift-account swift-container swift-object memcached qemu-utils)

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
say() { echo "[s3] $*"; }

STATE=""
STARTED=0
POLICY=/usr/sbin/policy-rc.d
POLICY_SAVED=""
POLICY_OURS=0
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    local t_stop
    t_stop=$(now)
    if [ "$STARTED" = 1 ]; then "$RECIPE" stop "$STATE/store" || true; fi
    if [ "$POLICY_OURS" = 1 ]; then
        if [ -n "$POLICY_SAVED" ]; then mv -f "$POLICY_SAVED" "$POLICY"; else rm -f "$POLICY"; fi
    fi
    if [ -n "$STATE" ] && [ "$rc" != 0 ] && [ "$rc" != "$SKIP" ]; then
        for log in "$STATE"/store/log/*.log "$STATE"/start.log; do
            [ -s "$log" ] || continue
            echo "----- last lines of $log"; tail -n 20 "$log"
        done
    fi
    if [ -n "$STATE" ] && [ "${KEEP_STATE:-0}" != 1 ]; then rm -rf "$STATE"; fi
    if [ "$STARTED" = 1 ]; then say "  stopped and cleaned up in $(secs "$t_stop" "$(now)") s"; fi
    [ -n "$STATE" ] && [ "${KEEP_STATE:-0}" = 1 ] && say "state kept in $STATE"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- 1. Debian packages, only those missing ---------------------------------------------------
missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
install_figure="none needed (all installed)"
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "SKIP: tst_obs needs the Debian packages ${missing[*]}; run as root once to install them."
        exit $SKIP
    fi
    say "installing ${missing[*]}"
    t0=$(now)
    # No package may start its service (memcached would take its port): policy-rc.d exits 101
    # (invoke-rc.d(8)); the machine's own one comes back after.
    if [ -e "$POLICY" ]; then POLICY_SAVED=$(mktemp "$POLICY.ims-wizard.XXXXXX"); cp -p "$POLICY" "$POLICY_SAVED"; fi
    POLICY_OURS=1
    printf '#!/bin/sh\nexit 101\n' > "$POLICY"
    chmod 755 "$POLICY"
    export DEBIAN_FRONTEND=noninteractive
    apt_install() { apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=600 "${missing[@]}"; }
    if ! apt_install; then
        apt-get update -q -o DPkg::Lock::Timeout=600 && apt_install
    fi
    if [ -n "$POLICY_SAVED" ]; then mv -f "$POLICY_SAVED" "$POLICY"; POLICY_SAVED=""; else rm -f "$POLICY"; fi
    POLICY_OURS=0
    install_figure="$(secs "$t0" "$(now)") s (${missing[*]})"
fi

# ---- 2. Swift with s3api, and a qcow2 file -----------------------------------------------------
# In memory when the machine's tmpfs keeps user xattrs (Swift stores its metadata in them; Linux >= 6.6):
# on this machine's disk every object PUT's fsync made the 1,500 PUTs take 25 s, and removing the store
# afterwards 34 s; on tmpfs both take a fraction of that. Else under /var/tmp (a disk, with xattrs).
t_setup=$(now)
BASE=/var/tmp
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ] && probe=$(mktemp -d /dev/shm/ims-s3-probe.XXXXXX 2>/dev/null); then
    /usr/bin/python3 -c 'import os, sys; os.setxattr(sys.argv[1], "user.swift.probe", b"x" * 64)' "$probe" 2>/dev/null && BASE=/dev/shm
    rm -rf "$probe"
fi
STATE=$(mktemp -d "${TMPDIR:-$BASE}/ims-s3.XXXXXX")
STARTED=1   # from here on, a failed start is stopped by the recipe's own trap and `stop` finds nothing
ENV=$(SWIFT_S3_REGION=cn-north-4 "$RECIPE" "$STATE/store" 2> "$STATE/start.log") || { say "Swift did not start"; exit 1; }
eval "$ENV"
qemu-img create -q -f qcow2 "$STATE/disk.qcow2" 1G
# A qcow2 with data in it, several 5 MiB parts long, for the upload tests (issue 13).
head -c 24M /dev/urandom > "$STATE/data.raw"
qemu-img convert -f raw -O qcow2 "$STATE/data.raw" "$STATE/data.qcow2"
rm -f "$STATE/data.raw"
setup_time=$(secs "$t_setup" "$(now)")
say "Swift s3api at $S3_ENDPOINT (PIDs $SWIFT_S3_PIDS), started in $setup_time s"

# ---- 3. The test, through the program's own code ----------------------------------------------
t0=$(now)
set +e
env -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY -u all_proxy -u ALL_PROXY \
    HOME="$STATE" IMS_WIZARD_DATA_DIR="$STATE/data" \
    IMS_S3_ENDPOINT="$S3_ENDPOINT" IMS_S3_AK="$S3_ACCESS_KEY" IMS_S3_SK="$S3_SECRET_KEY" IMS_S3_REGION="$S3_REGION" \
    IMS_S3_QCOW2="$STATE/disk.qcow2" IMS_S3_QCOW2_DATA="$STATE/data.qcow2" IMS_S3_CLI="$CLI_EXE" \
    "$TEST_EXE" -o "$STATE/test.log,txt" -o -,txt
test_rc=$?
set -e
test_time=$(secs "$t0" "$(now)")

echo
say "figures"
say "  package install:  $install_figure"
say "  Swift started:    $setup_time s"
say "  test:             $test_time s (tst_obs, exit $test_rc)"
sed -n 's/.*FIGURE \(.*\)$/[s3]   \1/p' "$STATE/test.log"
exit "$test_rc"
