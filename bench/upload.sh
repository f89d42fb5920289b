# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 IMS Wizard authors
# Sourced by bench/run (uses its WORK, BIN, HERE, QUICK, UPLOAD_MIB, BIG_GIB, row, note, say, median, ratio,
# fmt, peak_rss_kib, SWIFT_STORE, SWIFT_DIR): `ims-wizard-cli upload` to OpenStack Swift with s3api next to `curl -T`
# (one PUT to a presigned URL: curl 7.88's --aws-sigv4 cannot sign an upload for s3api) and python3-boto3's multipart upload_file with the same part size
# and concurrency; then the CLI's peak RSS while it uploads a 4 GiB sparse file (issue 13).

upload_benchmarks() {
    local recipe=$HERE/../tests/integration/s3/swift-s3-loopback.sh
    if [ "$(id -u)" != 0 ]; then
        note "7. upload rows skipped: OpenStack Swift with s3api needs root (its Debian packages and services)"
        return
    fi
    if ! python3 -c 'import boto3' 2>/dev/null; then
        note "7. upload rows skipped: python3-boto3 is not installed"
        return
    fi
    # Swift keeps its metadata in xattrs: tmpfs takes them on Linux >= 6.6 and spares the disk's fsyncs.
    local base=/var/tmp probe
    if [ -d /dev/shm ] && probe=$(mktemp -d /dev/shm/ims-bench-probe.XXXXXX 2>/dev/null); then
        python3 -c 'import os, sys; os.setxattr(sys.argv[1], "user.swift.probe", b"x" * 64)' "$probe" 2>/dev/null && base=/dev/shm
        rm -rf "$probe"
    fi
    SWIFT_DIR=$(mktemp -d "$base/ims-bench-swift.XXXXXX")
    local env
    if ! env=$(SWIFT_S3_REGION=cn-north-4 "$recipe" "$SWIFT_DIR/store" 2>"$WORK/swift.log"); then
        note "7. upload rows skipped: Swift with s3api did not start ($(tail -1 "$WORK/swift.log"))"
        return
    fi
    SWIFT_STORE=$SWIFT_DIR/store
    eval "$env"
    local bucket=ims-bench part=16M part_bytes=$((16 * 1024 * 1024)) parallel=3
    local s3py=$WORK/s3.py
    cat >"$s3py" <<'EOF'
import os, sys, time
import boto3
from boto3.s3.transfer import TransferConfig
from botocore.config import Config
s3 = boto3.client("s3", endpoint_url=os.environ["S3_ENDPOINT"], region_name=os.environ["S3_REGION"],
                  aws_access_key_id=os.environ["S3_ACCESS_KEY"], aws_secret_access_key=os.environ["S3_SECRET_KEY"],
                  config=Config(s3={"addressing_style": "path"}, signature_version="s3v4"))
what = sys.argv[1]
if what == "bucket":
    try:
        s3.create_bucket(Bucket=sys.argv[2])
    except s3.exceptions.BucketAlreadyOwnedByYou:
        pass
elif what == "upload":
    path, bucket, key, part, parallel = sys.argv[2:7]
    cfg = TransferConfig(multipart_threshold=int(part), multipart_chunksize=int(part), max_concurrency=int(parallel))
    t0 = time.time()
    s3.upload_file(path, bucket, key, Config=cfg)
    print(f"{time.time() - t0:.3f}")
elif what == "presign":
    print(s3.generate_presigned_url("put_object", Params={"Bucket": sys.argv[2], "Key": sys.argv[3]}, ExpiresIn=3600))
elif what == "delete":
    s3.delete_object(Bucket=sys.argv[2], Key=sys.argv[3])
EOF
    env -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY python3 "$s3py" bucket "$bucket"
    local file=$WORK/upload.raw
    truncate -s "${UPLOAD_MIB}M" "$file"
    local bytes=$((UPLOAD_MIB * 1024 * 1024)) runs=3
    [ "$QUICK" = 1 ] && runs=1
    local cli_env=(-u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY
        IMS_WIZARD_DATA_DIR="$WORK/cli-data" IMS_WIZARD_OBS_ENDPOINT="$S3_ENDPOINT" IMS_WIZARD_REGION="$S3_REGION"
        IMS_WIZARD_AK="$S3_ACCESS_KEY" IMS_WIZARD_SK="$S3_SECRET_KEY")
    local ours=() curls=() botos=() t0 i url
    for i in $(seq "$runs"); do
        t0=$(date +%s.%N)
        env "${cli_env[@]}" "$BIN/ims-wizard-cli" upload "$file" "$bucket/cli-$i" --parallel $parallel --part-size $part >/dev/null 2>"$WORK/cli.err" ||
            { note "7. ims-wizard-cli upload failed: $(tail -1 "$WORK/cli.err")"; return; }
        ours+=("$(python3 -c 'import sys,time; print(int(sys.argv[2])/(time.time()-float(sys.argv[1]))/1048576)' "$t0" "$bytes")")
        # curl 7.88's --aws-sigv4 sends no x-amz-content-sha256 with -T, which s3api requires (and a
        # hand-added one is signed wrongly): curl PUTs to a presigned URL instead (SigV4 in the query).
        url=$(python3 "$s3py" presign "$bucket" "curl-$i")
        t0=$(date +%s.%N)
        env -u http_proxy -u HTTP_PROXY curl -sS -f -o /dev/null -T "$file" "$url" 2>"$WORK/curl.err" ||
            { note "7. curl -T failed: $(tail -1 "$WORK/curl.err")"; return; }
        curls+=("$(python3 -c 'import sys,time; print(int(sys.argv[2])/(time.time()-float(sys.argv[1]))/1048576)' "$t0" "$bytes")")
        local s
        s=$(env -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY python3 "$s3py" upload "$file" "$bucket" "boto-$i" $part_bytes $parallel)
        botos+=("$(python3 -c 'import sys; print(int(sys.argv[2])/float(sys.argv[1])/1048576)' "$s" "$bytes")")
        for key in cli-$i curl-$i boto-$i; do python3 "$s3py" delete "$bucket" "$key"; done
    done
    local q c b
    q=$(median "${ours[@]}"); c=$(median "${curls[@]}"); b=$(median "${botos[@]}")
    row "upload ${UPLOAD_MIB} MiB to Swift s3api, MiB/s (vs boto3, $part x $parallel)" "$(fmt "$q" 0)" "$(fmt "$b" 0) (boto3)" "$(ratio "$q" "$b")" ">= 1.0x boto3"
    row "upload ${UPLOAD_MIB} MiB to Swift s3api, MiB/s (vs curl -T, one PUT)" "$(fmt "$q" 0)" "$(fmt "$c" 0) (curl)" "$(ratio "$q" "$c")" ">= 0.9x curl"
    rm -f "$file"

    # Peak RSS: a 4 GiB sparse file, next to the same command uploading 1 MiB (one PUT).
    local big=$WORK/big.raw small=$WORK/small.raw
    truncate -s "${BIG_GIB}G" "$big"
    truncate -s 1M "$small"
    local small_rss big_rss
    small_rss=$(peak_rss_kib 1 env "${cli_env[@]}" "$BIN/ims-wizard-cli" upload "$small" "$bucket/small" --parallel $parallel --part-size $part)
    big_rss=$(peak_rss_kib 1 env "${cli_env[@]}" "$BIN/ims-wizard-cli" upload "$big" "$bucket/big" --parallel $parallel --part-size $part)
    python3 "$s3py" delete "$bucket" big
    row "peak RSS uploading ${BIG_GIB} GiB, $part x $parallel (MiB)" "$(fmt "$big_rss/1024" 1)" "$(fmt "$small_rss/1024" 1) (1 MiB file)" \
        "+$(fmt "($big_rss-$small_rss)/1024" 1) MiB" "growth < 64 MiB"
    rm -f "$big" "$small"
}

say "7. upload to Swift s3api"
upload_benchmarks
