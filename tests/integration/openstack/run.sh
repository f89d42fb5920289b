#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 IMS Wizard authors
# Real OpenStack Keystone and Glance on 127.0.0.1, on SQLite, for tst_openstack (issue 7):
# Huawei IAM's token API is Keystone v3's and the native image API is Glance v2's, so the program's
# token flow and native upload are checked against the real thing, not only against our sandbox.
# Steps as in ../shared/recipes/openstack-loopback.sh (docs: toolchain.md, "Real OpenStack services
# on loopback").
#
# Usage: run.sh TEST_EXECUTABLE CLI_EXECUTABLE
# Exit 0 passed, 77 skipped (CTest's SKIP_RETURN_CODE: not root and the Debian packages are missing,
# or Glance's config unreadable), anything else failed. KEEP_STATE=1 keeps the temporary folder (logs, databases) for a look afterwards.
set -euo pipefail

TEST_EXE=${1:?usage: run.sh TEST_EXECUTABLE CLI_EXECUTABLE}
CLI_EXE=${2:?usage: run.sh TEST_EXECUTABLE CLI_EXECUTABLE}
SKIP=77
PACKAGES=(keystone glance-api sqlite3 python3-openstackclient uwsgi uwsgi-plugin-python3 qemu-utils curl)

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
say() { echo "[openstack] $*"; }

PIDS=()
STATE=""
POLICY=/usr/sbin/policy-rc.d
POLICY_SAVED=""
POLICY_OURS=0

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    # Stop what this script started, by PID: the servers' own workers first, then the servers.
    local pid child
    for pid in "${PIDS[@]}"; do
        for child in $(pgrep -P "$pid" 2>/dev/null || true); do kill -TERM "$child" 2>/dev/null || true; done
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if [ "$POLICY_OURS" = 1 ]; then
        if [ -n "$POLICY_SAVED" ]; then mv -f "$POLICY_SAVED" "$POLICY"; else rm -f "$POLICY"; fi
    fi
    if [ -n "$STATE" ] && [ "$rc" != 0 ] && [ "$rc" != "$SKIP" ]; then
        for log in "$STATE"/ks/log/*.log "$STATE"/gl/log/*.log; do
            [ -s "$log" ] || continue
            echo "----- last lines of $log"; tail -n 30 "$log"
        done
    fi
    if [ -n "$STATE" ] && [ "${KEEP_STATE:-0}" != 1 ]; then rm -rf "$STATE"; fi
    [ -n "$STATE" ] && [ "${KEEP_STATE:-0}" = 1 ] && say "state kept in $STATE"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- 1. Debian packages, only those missing --------------------------------------------------
missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
install_figure="none needed (all installed)"
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "SKIP: tst_openstack needs the Debian packages ${missing[*]}; run as root once to install them."
        exit $SKIP
    fi
    say "installing ${missing[*]}"
    t0=$(now)
    # The packages must not start their services (they would take the ports and /var/lib): a
    # policy-rc.d that exits 101 forbids it (invoke-rc.d(8)); the machine's own one comes back after.
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
# Debian installs Glance's paste pipeline root:glance 0640; another user cannot start glance-api.
if [ ! -r /etc/glance/glance-api-paste.ini ]; then
    echo "SKIP: tst_openstack needs to read /etc/glance/glance-api-paste.ini (root or group glance)."
    exit $SKIP
fi

# ---- 2. Keystone on SQLite, under uwsgi ------------------------------------------------------
STATE=$(mktemp -d "${TMPDIR:-/tmp}/ims-openstack.XXXXXX")
KS=$STATE/ks; GL=$STATE/gl
PY=/usr/bin/python3 # Debian's, which has the OpenStack modules (not a python3 earlier in PATH)
mkdir -p "$KS/log" "$GL/log" "$GL/images" "$GL/staging" "$GL/tasks" "$STATE/home" "$STATE/files"
free_port() { $PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
KS_PORT=$(free_port); GL_PORT=$(free_port)
KS_URL=http://127.0.0.1:$KS_PORT; GL_URL=http://127.0.0.1:$GL_PORT
rand() { $PY -c 'import secrets; print(secrets.token_urlsafe(18))'; }
ADMIN_PW=$(rand); GLANCE_PW=$(rand); USER_PW=$(rand)
ME=$(id -un); MYGROUP=$(id -gn)

# Waits until URL answers with any HTTP status, while PID is still alive.
wait_http() {
    local url=$1 pid=$2 what=$3 deadline=$((SECONDS + 180))
    while [ $SECONDS -lt $deadline ]; do
        kill -0 "$pid" 2>/dev/null || { say "$what exited before it answered"; return 1; }
        if $PY - "$url" <<'PY' 2>/dev/null; then return 0; fi
import sys, urllib.request, urllib.error
try:
    urllib.request.urlopen(sys.argv[1], timeout=2)
except urllib.error.HTTPError:
    pass  # any HTTP answer means it is up
PY
        sleep 0.2
    done
    say "$what did not answer at $url within 180 s"; return 1
}

t_setup=$(now)
cat > "$KS/keystone.conf" <<CONF
[DEFAULT]
log_dir = $KS/log
[database]
connection = sqlite:///$KS/keystone.db
[token]
provider = fernet
[fernet_tokens]
key_repository = $KS/fernet-keys
[fernet_receipts]
key_repository = $KS/fernet-keys
[credential]
key_repository = $KS/credential-keys
[catalog]
driver = sql
CONF
K=(keystone-manage --config-file "$KS/keystone.conf")
"${K[@]}" db_sync
"${K[@]}" fernet_setup --keystone-user "$ME" --keystone-group "$MYGROUP"
"${K[@]}" credential_setup --keystone-user "$ME" --keystone-group "$MYGROUP"
"${K[@]}" bootstrap --bootstrap-password "$ADMIN_PW" --bootstrap-region-id RegionOne \
    --bootstrap-admin-url "$KS_URL/v3/" --bootstrap-internal-url "$KS_URL/v3/" --bootstrap-public-url "$KS_URL/v3/"
# Without WAL two writers meet "database is locked" and Keystone answers 500 (toolchain.md).
sqlite3 "$KS/keystone.db" 'PRAGMA journal_mode=WAL;' >/dev/null
# Connection: close: uwsgi's plain http-socket closes every connection after one answer without saying
# so, and a client that sends its next POST on the kept connection gets "connection reset".
OS_KEYSTONE_CONFIG_FILES=$KS/keystone.conf uwsgi --plugin python3 --http-socket "127.0.0.1:$KS_PORT" \
    --add-header 'Connection: close' --wsgi-file /usr/bin/keystone-wsgi-public --master --processes 1 --threads 1 --chdir "$KS" \
    --die-on-term --logto "$KS/log/uwsgi.log" &
PIDS+=($!)
wait_http "$KS_URL/v3" "${PIDS[0]}" keystone

# Projects, users and the image endpoint in one Python process (keystoneclient, from
# python3-openstackclient): one `openstack` command costs seconds of start-up each.
PROJECT=imswizard; USER=wizard
PROJECT_ID=$(KS_URL=$KS_URL ADMIN_PW=$ADMIN_PW GLANCE_PW=$GLANCE_PW USER_PW=$USER_PW GL_URL=$GL_URL \
             PROJECT=$PROJECT USER=$USER $PY - <<'PY'
import os
from keystoneauth1 import session
from keystoneauth1.identity import v3
from keystoneclient.v3 import client
e = os.environ
auth = v3.Password(auth_url=e["KS_URL"] + "/v3", username="admin", password=e["ADMIN_PW"], project_name="admin",
                   user_domain_id="default", project_domain_id="default")
ks = client.Client(session=session.Session(auth=auth))
role = {r.name: r for r in ks.roles.list()}
service = ks.projects.create("service", "default")
glance = ks.users.create("glance", domain="default", password=e["GLANCE_PW"])
ks.roles.grant(role["admin"], user=glance, project=service)
# The account the program signs in as: a user with a role in its own project, as on Huawei IAM.
project = ks.projects.create(e["PROJECT"], "default")
user = ks.users.create(e["USER"], domain="default", password=e["USER_PW"])
ks.roles.grant(role["member"], user=user, project=project)
image = ks.services.create("glance", type="image")
for interface in ("public", "internal", "admin"):
    ks.endpoints.create(image, e["GL_URL"], interface=interface, region="RegionOne")
print(project.id)
PY
)

# ---- 3. Glance on SQLite, file store --------------------------------------------------------
# token_cache_time = -1: keystonemiddleware otherwise trusts a token it checked once for 300 s,
# so a revoked token would still be accepted (keystonemiddleware docs, "token_cache_time").
cat > "$GL/glance-api.conf" <<CONF
[DEFAULT]
bind_host = 127.0.0.1
bind_port = $GL_PORT
log_dir = $GL/log
workers = 1
enabled_backends = file:file
[glance_store]
default_backend = file
[file]
filesystem_store_datadir = $GL/images
[os_glance_staging_store]
filesystem_store_datadir = $GL/staging
[os_glance_tasks_store]
filesystem_store_datadir = $GL/tasks
[database]
connection = sqlite:///$GL/glance.db
[oslo_concurrency]
lock_path = $GL/locks
[keystone_authtoken]
www_authenticate_uri = $KS_URL
auth_url = $KS_URL
auth_type = password
project_domain_id = default
user_domain_id = default
project_name = service
username = glance
password = $GLANCE_PW
token_cache_time = -1
[paste_deploy]
flavor = keystone
config_file = /etc/glance/glance-api-paste.ini
CONF
glance-manage --config-file "$GL/glance-api.conf" db_sync >"$GL/log/db_sync.log" 2>&1
sqlite3 "$GL/glance.db" 'PRAGMA journal_mode=WAL;' >/dev/null
glance-api --config-file "$GL/glance-api.conf" >"$GL/log/stdout.log" 2>&1 &
PIDS+=($!)
wait_http "$GL_URL/versions" "${PIDS[1]}" glance
setup_time=$(secs "$t_setup" "$(now)")

# ---- 4. The files to upload -----------------------------------------------------------------
head -c $((6 * 1024 * 1024)) /dev/urandom > "$STATE/files/disk.raw"
qemu-img convert -f raw -O qcow2 "$STATE/files/disk.raw" "$STATE/files/disk.qcow2"
rm -f "$STATE/files/disk.raw"
truncate -s 1G "$STATE/files/sparse-1g.raw" # sparse: costs no disk here, but Glance stores 1 GB

# ---- 5. The test, through the program's own code ---------------------------------------------
say "keystone $KS_URL (pid ${PIDS[0]}), glance $GL_URL (pid ${PIDS[1]}), set up in $setup_time s"
t0=$(now)
set +e
env -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY -u all_proxy -u ALL_PROXY \
    HOME="$STATE/home" IMS_WIZARD_DATA_DIR="$STATE/home/data" \
    IMS_OS_KEYSTONE_URL="$KS_URL" IMS_OS_GLANCE_URL="$GL_URL" IMS_OS_DOMAIN=Default \
    IMS_OS_PROJECT="$PROJECT" IMS_OS_PROJECT_ID="$PROJECT_ID" IMS_OS_USER="$USER" IMS_OS_PASSWORD="$USER_PW" \
    IMS_OS_GLANCE_DB="$GL/glance.db" IMS_OS_GLANCE_STORE="$GL/images" \
    IMS_OS_QCOW2="$STATE/files/disk.qcow2" IMS_OS_SPARSE="$STATE/files/sparse-1g.raw" IMS_OS_CLI="$CLI_EXE" \
    "$TEST_EXE" -o "$STATE/test.log,txt" -o -,txt
test_rc=$?
set -e
test_time=$(secs "$t0" "$(now)")

# ---- 6. The same 1 GB with curl -T, for the comparison figure only ---------------------------
curl_figure="not measured"
if [ "$test_rc" = 0 ]; then
    # A token and an image record for curl (Python's urllib: curl is only the measured upload).
    read -r token image < <(KS_URL=$KS_URL GL_URL=$GL_URL PROJECT=$PROJECT USER=$USER USER_PW=$USER_PW $PY - <<'PY'
import json, os, urllib.request
e = os.environ
auth = {"auth": {"identity": {"methods": ["password"], "password": {"user": {
            "name": e["USER"], "password": e["USER_PW"], "domain": {"id": "default"}}}},
        "scope": {"project": {"name": e["PROJECT"], "domain": {"id": "default"}}}}}
r = urllib.request.urlopen(urllib.request.Request(e["KS_URL"] + "/v3/auth/tokens", json.dumps(auth).encode(),
                                                  {"Content-Type": "application/json"}))
token = r.headers["X-Subject-Token"]
body = {"name": "ims-wizard-curl-figure", "disk_format": "raw", "container_format": "bare"}
r = urllib.request.urlopen(urllib.request.Request(e["GL_URL"] + "/v2/images", json.dumps(body).encode(),
                                                  {"Content-Type": "application/json", "X-Auth-Token": token}))
print(token, json.load(r)["id"])
PY
)
    read -r code seconds < <(curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' -X PUT \
        -H "X-Auth-Token: $token" -H 'Content-Type: application/octet-stream' \
        -T "$STATE/files/sparse-1g.raw" "$GL_URL/v2/images/$image/file")
    if [ "$code" = 204 ]; then
        curl_figure=$(awk -v s="$seconds" 'BEGIN { printf "%.0f MB/s (1 GiB in %.1f s)", 1073741824 / 1e6 / s, s }')
    else
        curl_figure="curl got HTTP $code"
    fi
fi

program_figure=$(sed -n 's/.*FIGURE upload \(.*\)$/\1/p' "$STATE/test.log" | tail -n 1)
echo
say "figures"
say "  package install:     $install_figure"
say "  services set up:     $setup_time s (Keystone, accounts, Glance)"
say "  test:                $test_time s (tst_openstack, exit $test_rc)"
say "  upload, program:     ${program_figure:-not measured} (UploadImageFileCall; MB = 10^6 bytes)"
say "  upload, curl -T:     $curl_figure"
exit "$test_rc"
