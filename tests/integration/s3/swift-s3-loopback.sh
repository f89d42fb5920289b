#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 IMS Wizard authors
# Copied from shared/recipes/swift-s3-loopback.sh (proved by its swift-s3-loopback.check.sh), kept here so that
# the test runs from the repository alone.
# A real S3-compatible object store on loopback: OpenStack Swift 2.30 from Debian 12's packages
# (proxy + account + container + object servers, one device, one replica) with the s3api middleware
# (S3 Signature V4, multipart upload on SLO) and tempauth, plus memcached: tempauth keeps its tokens there,
# and without it every S3 request gets HTTP 500 "Memcache required".
# Worked on Debian 12 as root. For testing an S3 client (path-style addressing, SigV4) without any network.
#
# Usage: swift-s3-loopback.sh [DIR]     start; state, configs, rings, data and logs all go under DIR
#                                        (a new temporary folder by default; an existing DIR must not hold etc/)
#        swift-s3-loopback.sh stop DIR  kill exactly the PIDs that the start recorded in DIR/pids
# Environment: SWIFT_S3_REGION (default cn-north-4): the s3api "location"; a client must sign for this region.
#              SWIFT_S3_READY_TIMEOUT (default 60): seconds to wait for the servers.
# stdout is only `export` lines (endpoint, keys, region, PIDs), so this works:
#   eval "$(swift-s3-loopback.sh "$DIR")" && ... && swift-s3-loopback.sh stop "$DIR"
# Progress, apt's output and the timings ("# ...") go to stderr; each server logs to DIR/log/NAME.log.
# (Swift also copies its log lines to syslog: /dev/log, or UDP to localhost:514 where there is none.)
#
# Packages (installed only if missing, with a policy-rc.d that exits 101 so that no service starts, and the
# machine's own policy-rc.d, if any, put back afterwards):
#   swift-proxy swift-account swift-container swift-object memcached   (they pull in rsyslog, not started)
# Nothing is written to /etc/swift: every config file says swift_dir = DIR/etc. The packaged servers
# honour swift_dir for rings and the rest, but NOT for swift.conf: swift.common.utils fixes its path at
# /etc/swift/swift.conf on import (the hash prefix/suffix and the storage policies are read from there,
# and Debian's swift package ships one with "changeme" hashes). So the servers are started through a
# 10-line shim, DIR/bin/swift-in-dir, that calls utils.set_swift_dir(DIR/etc), reloads the storage
# policies and constraints from DIR/etc/swift.conf, then runs the packaged /usr/bin/swift-*-server
# unchanged (runpy). Building rings needs no swift.conf.
# Failure: a trap kills whatever this script had started and puts policy-rc.d back.
set -euo pipefail

PY=/usr/bin/python3   # not a pyenv python3 that may come first in PATH: Debian's modules are in /usr/bin/python3's
PKGS=(swift-proxy swift-account swift-container swift-object memcached)
say() { echo "$*" >&2; }
die() { say "swift-s3-loopback: $*"; exit 1; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
# Field 22 of /proc/PID/stat (start time): recorded with each PID so that stop never kills a reused PID.
starttime() { sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | awk '{ print $20 }'; }

stop_pids() {   # $1 = pids file: lines "PID STARTTIME NAME"
  local f=$1 pid st name left=() i
  [ -f "$f" ] || return 0
  while read -r pid st name; do
    [ -n "$pid" ] || continue
    if [ "$(starttime "$pid")" = "$st" ]; then kill -TERM "$pid" 2>/dev/null && left+=("$pid") || true; fi
  done < "$f"
  for i in $(seq 50); do   # up to 5 s, then SIGKILL
    local alive=()
    for pid in ${left[@]+"${left[@]}"}; do kill -0 "$pid" 2>/dev/null && alive+=("$pid"); done
    left=(${alive[@]+"${alive[@]}"})
    [ ${#left[@]} -eq 0 ] && break
    sleep 0.1
  done
  for pid in ${left[@]+"${left[@]}"}; do kill -KILL "$pid" 2>/dev/null || true; done
  # reap them if they are our own children (a failed start); harmless otherwise
  wait 2>/dev/null || true
}

if [ "${1:-}" = stop ]; then
  [ -n "${2:-}" ] || die "usage: $0 stop DIR"
  D=$(cd "$2" && pwd -P) || exit 1
  [ -f "$D/pids" ] || { say "swift-s3-loopback: no $D/pids, nothing to stop"; exit 0; }
  say "swift-s3-loopback: stopping $(awk '{ printf "%s(%s) ", $3, $1 }' "$D/pids")"
  stop_pids "$D/pids"
  mv "$D/pids" "$D/pids.stopped"
  exit 0
fi

DIR=${1:-$(mktemp -d)}
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd -P)
[ -e "$DIR/etc" ] && die "$DIR already holds a store (DIR/etc): use a fresh DIR"
REGION=${SWIFT_S3_REGION:-cn-north-4}
TIMEOUT=${SWIFT_S3_READY_TIMEOUT:-60}
RUNUSER=$(id -un)

POLICY=/usr/sbin/policy-rc.d
POLICY_SAVED=
POLICY_OURS=0
OK=0
PIDS_OURS=0   # set once this run has its own DIR/pids: the trap never touches another run's
restore_policy() {
  [ "$POLICY_OURS" = 1 ] || return 0
  if [ -n "$POLICY_SAVED" ]; then mv -f "$POLICY_SAVED" "$POLICY"; else rm -f "$POLICY"; fi
  POLICY_OURS=0
}
on_exit() {
  local rc=$?
  restore_policy
  if [ "$OK" != 1 ] && [ "$PIDS_OURS" = 1 ]; then
    say "swift-s3-loopback: start failed (rc=$rc), stopping what it started"
    stop_pids "$DIR/pids"
    mv "$DIR/pids" "$DIR/pids.failed"
  fi
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- packages ---------------------------------------------------------------------------------------
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -qx 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || die "need root to install: ${missing[*]}"
  t_inst=$(now)
  if [ -e "$POLICY" ]; then POLICY_SAVED=$DIR/policy-rc.d.saved; cp -p "$POLICY" "$POLICY_SAVED"; fi
  POLICY_OURS=1
  printf '#!/bin/sh\n# no service starts during this install\nexit 101\n' > "$POLICY"
  chmod 755 "$POLICY"
  apt-get update -o DPkg::Lock::Timeout=300 >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}" >&2
  restore_policy
  say "# install of ${missing[*]}: $(secs "$t_inst" "$(now)") s"
fi
t_start=$(now)

# --- layout, free ports -------------------------------------------------------------------------------
mkdir -p "$DIR/etc" "$DIR/srv/d1" "$DIR/log" "$DIR/bin"
# Swift keeps object metadata in user xattrs: refuse a DIR whose filesystem lacks them (older tmpfs).
$PY -c 'import os, sys; os.setxattr(sys.argv[1], "user.swift.probe", b"x" * 64); os.removexattr(sys.argv[1], "user.swift.probe")' \
  "$DIR/srv/d1" 2>/dev/null || die "$DIR does not support user xattrs (Swift needs them): use a DIR on ext4/xfs"
# Five distinct free loopback ports, held together while picked (another program could still take one
# before the servers bind it; the readiness check would then fail and the trap clean up).
read -r P_PROXY P_ACCOUNT P_CONTAINER P_OBJECT P_MEMCACHED < <($PY -c '
import socket
ss = [socket.socket() for _ in range(5)]
for s in ss: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in ss])')
[ -n "$P_MEMCACHED" ] || die "could not pick free ports"

# --- swift.conf ---------------------------------------------------------------------------------------
HEX=$($PY -c 'import secrets; print(secrets.token_hex(8), secrets.token_hex(8))')
cat > "$DIR/etc/swift.conf" <<CONF
[swift-hash]
swift_hash_path_prefix = ${HEX% *}
swift_hash_path_suffix = ${HEX#* }

[storage-policy:0]
name = Policy-0
default = yes
CONF

# --- rings: one device each, d1 under DIR/srv ---------------------------------------------------------
# For each of account, container, object, exactly:
#   swift-ring-builder DIR/etc/RING.builder create 10 1 1
#   swift-ring-builder DIR/etc/RING.builder add r1z1-127.0.0.1:PORT/d1 1
#   swift-ring-builder DIR/etc/RING.builder rebalance
# but through swift-ring-builder's own main() in one interpreter: 0.6 s instead of 5 s for nine starts.
$PY - "$DIR/etc" "$P_ACCOUNT" "$P_CONTAINER" "$P_OBJECT" > "$DIR/log/rings.log" 2>&1 <<'RINGS' || die "ring building failed: $DIR/log/rings.log"
import sys
from swift.cli.ringbuilder import main, EXIT_SUCCESS, EXIT_WARNING
etc = sys.argv[1]
for ring, port in zip(('account', 'container', 'object'), sys.argv[2:]):
    builder = '%s/%s.builder' % (etc, ring)
    for args in (['create', '10', '1', '1'], ['add', 'r1z1-127.0.0.1:%s/d1' % port, '1'], ['rebalance']):
        try:
            main(['swift-ring-builder', builder] + args)
        except SystemExit as e:   # each command ends with exit(); rebalance's 1 is a warning, not a failure
            if e.code not in (EXIT_SUCCESS, EXIT_WARNING, None):
                raise
RINGS
for ring in account container object; do
  [ -s "$DIR/etc/$ring.ring.gz" ] || die "no ring $DIR/etc/$ring.ring.gz; see $DIR/log/rings.log"
done

# --- server configs -----------------------------------------------------------------------------------
for s in account:$P_ACCOUNT container:$P_CONTAINER object:$P_OBJECT; do
  name=${s%%:*}
  cat > "$DIR/etc/$name-server.conf" <<CONF
[DEFAULT]
bind_ip = 127.0.0.1
bind_port = ${s#*:}
workers = 0
user = $RUNUSER
swift_dir = $DIR/etc
devices = $DIR/srv
mount_check = false
disable_fallocate = true
log_name = $name-server

[pipeline:main]
pipeline = $name-server

[app:$name-server]
use = egg:swift#$name
CONF
done
cat > "$DIR/etc/proxy-server.conf" <<CONF
[DEFAULT]
bind_ip = 127.0.0.1
bind_port = $P_PROXY
workers = 0
user = $RUNUSER
swift_dir = $DIR/etc
log_name = proxy-server

[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy-logging cache listing_formats bulk s3api tempauth copy slo dlo proxy-logging proxy-server

[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true

[filter:catch_errors]
use = egg:swift#catch_errors

[filter:gatekeeper]
use = egg:swift#gatekeeper

[filter:healthcheck]
use = egg:swift#healthcheck

[filter:proxy-logging]
use = egg:swift#proxy_logging

[filter:cache]
use = egg:swift#memcache
memcache_servers = 127.0.0.1:$P_MEMCACHED

[filter:listing_formats]
use = egg:swift#listing_formats

[filter:bulk]
use = egg:swift#bulk

[filter:s3api]
use = egg:swift#s3api
location = $REGION
max_upload_part_num = 10000
# OBS's minimum size of a part other than the last: 100 KB
min_segment_size = 102400

[filter:tempauth]
use = egg:swift#tempauth
# S3 access key "test:tester", secret key "testing"
user_test_tester = testing .admin

[filter:copy]
use = egg:swift#copy

[filter:slo]
use = egg:swift#slo
max_manifest_segments = 10000

[filter:dlo]
use = egg:swift#dlo
CONF

# The shim that points the packaged servers at DIR/etc/swift.conf (see the header).
cat > "$DIR/bin/swift-in-dir" <<'SHIM'
# usage: python3 swift-in-dir SWIFT_DIR PROGRAM [ARGS...]
import runpy, sys
from swift.common import utils
utils.set_swift_dir(sys.argv[1])          # re-reads [swift-hash] from SWIFT_DIR/swift.conf
from swift.common import constraints, storage_policy
storage_policy.reload_storage_policies()  # both were read from /etc/swift/swift.conf at import
constraints.reload_constraints()
sys.argv = sys.argv[2:]
runpy.run_path(sys.argv[0], run_name='__main__')
SHIM

# --- start --------------------------------------------------------------------------------------------
: > "$DIR/pids"; PIDS_OURS=1
started() {   # NAME PID
  local st
  st=$(starttime "$2"); [ -n "$st" ] || st=0
  echo "$2 $st $1" >> "$DIR/pids"
}
start_server() {   # NAME
  setsid $PY "$DIR/bin/swift-in-dir" "$DIR/etc" "/usr/bin/swift-$1-server" "$DIR/etc/$1-server.conf" -v \
    < /dev/null > "$DIR/log/$1.log" 2>&1 &
  started "$1" $!
}
MCUSER=()
[ "$(id -u)" = 0 ] && { id memcache >/dev/null 2>&1 && MCUSER=(-u memcache) || MCUSER=(-u root); }
setsid /usr/bin/memcached -l 127.0.0.1 -p "$P_MEMCACHED" -U 0 -m 64 ${MCUSER[@]+"${MCUSER[@]}"} \
  < /dev/null > "$DIR/log/memcached.log" 2>&1 &
started memcached $!
for name in account container object proxy; do start_server "$name"; done

# --- ready? -------------------------------------------------------------------------------------------
# memcached answers "version"; each storage server answers HTTP; the proxy's /healthcheck says 200; and
# tempauth hands out a token (so proxy -> memcached works).
probe() {
  $PY - "$P_MEMCACHED" "$P_PROXY" "$P_ACCOUNT" "$P_CONTAINER" "$P_OBJECT" <<'PROBE' 2>/dev/null
import http.client, socket, sys
mc, proxy, *storage = map(int, sys.argv[1:])
s = socket.create_connection(("127.0.0.1", mc), 2); s.sendall(b"version\r\n")
assert s.recv(64).startswith(b"VERSION"); s.close()
def get(port, path, headers={}):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=3)
    c.request("GET", path, headers=headers); r = c.getresponse(); r.read(); c.close()
    return r.status
for p in storage: get(p, "/")
assert get(proxy, "/healthcheck") == 200
assert get(proxy, "/auth/v1.0", {"X-Auth-User": "test:tester", "X-Auth-Key": "testing"}) == 200
PROBE
}
deadline=$(awk -v t="$t_start" -v d="$TIMEOUT" 'BEGIN { printf "%d", t + d }')
until probe; do
  while read -r pid st name; do
    kill -0 "$pid" 2>/dev/null || { tail -n 20 "$DIR/log/$name.log" >&2; die "$name (pid $pid) exited; log: $DIR/log/$name.log"; }
  done < "$DIR/pids"
  [ "$(date +%s)" -lt "$deadline" ] || die "not ready after ${TIMEOUT}s; logs in $DIR/log"
  sleep 0.2
done
say "# start-up to ready: $(secs "$t_start" "$(now)") s"
OK=1

cat <<OUT
export S3_ENDPOINT=http://127.0.0.1:$P_PROXY
export S3_ACCESS_KEY=test:tester
export S3_SECRET_KEY=testing
export S3_REGION=$REGION
export SWIFT_AUTH_URL=http://127.0.0.1:$P_PROXY/auth/v1.0
export SWIFT_S3_DIR=$(printf %q "$DIR")
export SWIFT_S3_PIDS="$(awk '{ printf "%s%s", (NR > 1 ? " " : ""), $1 }' "$DIR/pids")"
OUT
