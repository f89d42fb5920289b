#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 IMS Wizard authors
# Runs the bash completion against the real program: commands, a command's options, method ids,
# connection names and job ids (from a job list and a saved connection made here).
# check-bash-completion.sh COMPLETION_FILE CLI EXAMPLES_DIR
set -u
completion=$1
cli=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export IMS_WIZARD_DATA_DIR=$dir
mkdir -p "$dir/bin"
ln -s "$cli" "$dir/bin/ims-wizard-cli"
export PATH=$dir/bin:$PATH
printf '{"connections": [{"name": "lab-conn", "region": "ap-southeast-1", "auth": "token"}]}\n' > "$dir/connections.json"
# A job in the list: one submitted to a sandbox of its own.
"$cli" sandbox --job-seconds 0 --env-file "$dir/sandbox.env" >/dev/null 2>&1 &
sandbox=$!
trap 'kill $sandbox 2>/dev/null; wait $sandbox 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 100); do [[ -s $dir/sandbox.env ]] && break; sleep 0.1; done
job=$(. "$dir/sandbox.env"; IMS_WIZARD_DATA_DIR=$dir "$cli" submit --auth aksk "$3/ecs-system.json")
[[ -n $job ]] || { echo "FAIL: could not submit a job to the sandbox"; exit 1; }
source "$completion"
failures=0
complete_words() { # expect WORD... -- LINE...
    local want=$1; shift
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _ims_wizard_cli
    if [[ " ${COMPREPLY[*]} " != *" $want "* ]]; then
        echo "FAIL: '${COMP_WORDS[*]}' does not offer $want (got: ${COMPREPLY[*]})"
        failures=$((failures + 1))
    else
        echo "ok: '${COMP_WORDS[*]}' offers $want"
    fi
}
complete_words submit ims-wizard-cli su
complete_words os-versions ims-wizard-cli os
complete_words --wait-all ims-wizard-cli jobs --wa
complete_words --timeout ims-wizard-cli job --ti
complete_words --connection ims-wizard-cli submit --con
complete_words file-system ims-wizard-cli inspect --method fi
complete_words lab-conn ims-wizard-cli jobs --connection la
complete_words json ims-wizard-cli jobs -o j
complete_words prune ims-wizard-cli jobs pr
complete_words "$job" ims-wizard-cli job "${job:0:4}"
complete_words "$job" ims-wizard-cli jobs rm "${job:0:4}"
exit $((failures > 0))
