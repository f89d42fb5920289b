#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 IMS Wizard authors
"""The kill storm (issue 14, crash safety).

SIGKILLs CLI runs (`submit`, `submit --wait`, `job ID --wait`, `jobs refresh`, `jobs --wait-all`) and
desktop runs (tests/killstorm/killstorm_desktop: the real main window submitting and following jobs,
saving a profile, a connection and its settings; and `ims-wizard --sandbox` itself) at random moments, two at a time, each followed by
another run, against one long-lived `ims-wizard-cli sandbox` with faults on that logs every create it
receives. Afterwards, one last `jobs --wait-all` follows the list to its end, and:
  - every accepted job (a CLI printed its id, a desktop run said "accepted") is in the list;
  - every job in the list reached its end (SUCCESS or FAIL); outcome-unknown records stay as recorded;
  - no create was sent twice (each image name reaches the sandbox at most once), every job in the
    list was made by the sandbox, and every job the sandbox made is in the list or covered by an
    outcome-unknown record of its name (a run killed mid-create);
  - the job list (SQLite integrity check), the profiles, the connections and the settings parse, after
    every kill and at the end.
Prints the counts. Exit status 0 when every check holds.

    killstorm.py --bin build/bin [--kills 200] [--seed S] [--fault-rate 0.2] [--budget SECONDS]
"""

import argparse
import configparser
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2]
EXAMPLE = SOURCE / "resources/data/examples/ecs-system.json"
FINISHED = {"SUCCESS", "FAIL"}


class Storm:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.cli = str(Path(args.bin).resolve() / "ims-wizard-cli")
        self.desktop = str(Path(args.bin).resolve() / "killstorm_desktop")
        self.gui = str(Path(args.bin).resolve() / "ims-wizard")
        self.home = Path(tempfile.mkdtemp(prefix="ims-killstorm-"))
        self.data = self.home / "data"
        self.create_log = self.home / "creates.log"
        self.counts = {"kills": 0, "runs": 0, "cli runs": 0, "desktop runs": 0, "ended by themselves": 0}
        self.accepted = {}  # job id -> which run said so
        self.problems = []
        self.saw_connection = False
        self.kinds = {}  # runs of each kind
        self.run_number = 0
        self.env = None
        self.sandbox = None

    # --- set-up -------------------------------------------------------------------------------

    def start_sandbox(self):
        env_file = self.home / "sandbox.env"
        self.sandbox = subprocess.Popen(
            [self.cli, "sandbox", "--job-seconds", str(self.args.job_seconds), "--fault-rate", str(self.args.fault_rate),
             "--env-file", str(env_file), "--create-log", str(self.create_log)],
            stdout=subprocess.DEVNULL, stderr=open(self.home / "sandbox.err", "wb"), env=self.base_env())
        deadline = time.time() + 20
        while not env_file.exists():
            if time.time() > deadline or self.sandbox.poll() is not None:
                sys.exit("killstorm: the sandbox did not start (see %s)" % (self.home / "sandbox.err"))
            time.sleep(0.05)
        env = self.base_env()
        for line in env_file.read_text().splitlines():
            if line.startswith("export ") and "=" in line:
                name, value = line[len("export "):].split("=", 1)
                env[name] = value
        # The storm's own data folder (the sandbox's would die with it), shared by every run.
        env["IMS_WIZARD_DATA_DIR"] = str(self.data)
        self.env = env

    def base_env(self):
        env = dict(os.environ)
        env.update({"HOME": str(self.home), "XDG_CONFIG_HOME": str(self.home / "config"),
                    "XDG_DATA_HOME": str(self.home / "share"), "XDG_RUNTIME_DIR": str(self.home / "runtime"),
                    "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.qpa.*=false"})
        (self.home / "runtime").mkdir(mode=0o700, exist_ok=True)
        return env

    def request_file(self, name):
        request = json.loads(EXAMPLE.read_text())
        request["fields"]["name"] = name
        path = self.home / "requests" / (name + ".json")
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(request))
        return str(path)

    # --- one run ------------------------------------------------------------------------------

    def next_command(self):
        """A run of the CLI or of the desktop program, and the latest moment it may be killed at."""
        self.run_number += 1
        n = self.run_number
        roll = self.rng.random()
        if roll < 0.05:
            # The installed-style program itself, on its built-in sandbox: it opens and writes the same
            # job list, settings and connections while it starts and runs.
            return "ims-wizard --sandbox", [self.gui, "--sandbox"], self.rng.uniform(0.1, 2.0)
        if roll < 0.30:
            return "desktop", [self.desktop, self.request_file("d%d" % n), "d%d" % n], self.rng.uniform(0.2, 2.5)
        if roll < 0.60:
            return "submit", [self.cli, "submit", self.request_file("c%d" % n)], self.rng.uniform(0.0, 0.8)
        if roll < 0.70:
            return "submit --wait", [self.cli, "submit", self.request_file("c%d" % n), "--wait", "--timeout", "20"], \
                self.rng.uniform(0.0, 2.0)
        if roll < 0.80 and self.accepted:
            job = self.rng.choice(sorted(self.accepted))
            return "job --wait", [self.cli, "job", job, "--wait", "--timeout", "20"], self.rng.uniform(0.0, 1.5)
        if roll < 0.90:
            return "jobs refresh", [self.cli, "jobs", "refresh"], self.rng.uniform(0.0, 1.0)
        return "jobs --wait-all", [self.cli, "jobs", "--wait-all", "--timeout", "20"], self.rng.uniform(0.0, 2.0)

    def start_run(self):
        kind, command, kill_after = self.next_command()
        out = open(self.home / ("run-%d.out" % self.run_number), "w+b")
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=self.env)
        self.counts["runs"] += 1
        self.counts["cli runs" if command[0] == self.cli else "desktop runs"] += 1
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        return {"kind": kind, "process": process, "out": out, "kill_at": time.time() + kill_after}

    def finish_run(self, run):
        process = run["process"]
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait()
            self.counts["kills"] += 1
        else:
            self.counts["ended by themselves"] += 1
        run["out"].seek(0)
        self.read_output(run["kind"], run["out"].read().decode("utf-8", "replace"), process.returncode)
        run["out"].close()
        self.check_files("after a %s run" % run["kind"])

    def read_output(self, kind, text, status):
        # Only whole lines count: a kill may cut the last one.
        lines = text.split("\n")[:-1]
        if kind == "desktop":
            for line in lines:
                parts = line.split()
                if len(parts) == 3 and parts[0] == "accepted":
                    self.accepted[parts[2]] = kind
        elif kind.startswith("submit") and lines:
            # submit prints the job id first (with --wait, on a line with the job's state).
            first = lines[0].split()
            if first and len(first[0]) == 32 and all(c in "0123456789abcdef" for c in first[0]):
                self.accepted[first[0]] = kind

    # --- checks -------------------------------------------------------------------------------

    def check_files(self, when):
        store = self.data / "jobs.sqlite"
        if store.exists():
            try:
                with sqlite3.connect("file:%s?mode=ro" % store, uri=True, timeout=10) as db:
                    result = db.execute("PRAGMA integrity_check").fetchone()[0]
                if result != "ok":
                    self.problems.append("%s: the job list fails its integrity check: %s" % (when, result))
            except sqlite3.OperationalError as e:
                if "locked" not in str(e):
                    self.problems.append("%s: the job list cannot be read: %s" % (when, e))
        connections = self.data / "connections.json"
        if connections.exists():
            try:
                names = [c.get("name") for c in json.loads(connections.read_text()).get("connections", [])]
                if "killstorm" in names:
                    self.saw_connection = True
                elif self.saw_connection:
                    self.problems.append("%s: connections.json lost the saved connection: %s" % (when, names))
            except (ValueError, AttributeError) as e:
                self.problems.append("%s: connections.json does not parse: %s" % (when, e))
        for profile in (self.data / "profiles").glob("*.json") if (self.data / "profiles").exists() else []:
            try:
                if "method" not in json.loads(profile.read_text()):
                    self.problems.append("%s: the profile %s has no method" % (when, profile.name))
            except ValueError as e:
                self.problems.append("%s: the profile %s does not parse: %s" % (when, profile.name, e))
        settings = self.home / "config/ims-wizard/ims-wizard.conf"
        if settings.exists():
            try:
                parser = configparser.ConfigParser(interpolation=None, strict=False)
                parser.read_string(settings.read_text())
            except (configparser.Error, UnicodeDecodeError) as e:
                self.problems.append("%s: the settings file does not parse: %s" % (when, e))

    def job_list(self):
        result = subprocess.run([self.cli, "jobs", "-o", "json"], capture_output=True, env=self.env, timeout=60)
        if result.returncode != 0:
            self.problems.append("jobs -o json exited %d: %s" % (result.returncode, result.stderr.decode()))
            return []
        document = json.loads(result.stdout)
        return document if isinstance(document, list) else document.get("jobs", [])

    def creates(self):
        entries = []
        if self.create_log.exists():
            for line in self.create_log.read_text().splitlines():
                request_id, _, body = line.partition(" ")
                entries.append(json.loads(body))
        return entries

    # --- the storm ----------------------------------------------------------------------------

    def run(self):
        print("kill storm: seed %d, %d kills, fault rate %.2f, data in %s" %
              (self.args.seed, self.args.kills, self.args.fault_rate, self.home), flush=True)
        self.start_sandbox()
        started = time.time()
        running = []
        while self.counts["kills"] < self.args.kills and time.time() - started < self.args.budget:
            while len(running) < self.args.parallel:
                running.append(self.start_run())
            time.sleep(0.01)
            for run in list(running):
                if run["process"].poll() is not None or time.time() >= run["kill_at"]:
                    self.finish_run(run)
                    running.remove(run)
        for run in running:
            self.finish_run(run)
        storm_seconds = time.time() - started
        if self.counts["kills"] < self.args.kills:
            self.problems.append("only %d kills within the %d s budget" % (self.counts["kills"], self.args.budget))

        # The restart after the last kill: follow every job in the list to its end.
        final = subprocess.run([self.cli, "jobs", "--wait-all", "--timeout", "180"], capture_output=True, env=self.env,
                               timeout=240)
        if final.returncode not in (0, 1):  # 1: some job ended in FAIL
            self.problems.append("the final jobs --wait-all exited %d: %s" %
                                 (final.returncode, (final.stdout + final.stderr).decode()[-2000:]))
        self.check_files("at the end")
        jobs = self.job_list()
        creates = self.creates()
        self.sandbox.send_signal(signal.SIGTERM)
        try:
            self.sandbox.wait(10)
        except subprocess.TimeoutExpired:
            self.sandbox.kill()

        by_job = {j.get("job_id"): j for j in jobs if j.get("job_id")}
        unknown = [j for j in jobs if j.get("state") not in ("INIT", "RUNNING", "SUCCESS", "FAIL")]
        finished = [j for j in jobs if j.get("state") in FINISHED]
        for job_id, who in sorted(self.accepted.items()):
            if job_id not in by_job:
                self.problems.append("the job %s (accepted by a %s run) is not in the list" % (job_id, who))
        for job_id, job in by_job.items():
            if job.get("state") not in FINISHED:
                self.problems.append("the job %s did not reach its end: %s" % (job_id, job.get("state")))
        names = {}
        for c in creates:
            names[c.get("name")] = names.get(c.get("name"), 0) + 1
        twice = sorted(n for n, count in names.items() if count > 1)
        if twice:
            self.problems.append("creates sent more than once: %s" % ", ".join(map(str, twice[:20])))
        made = {c.get("made") for c in creates if c.get("made")}
        # A create the sandbox made whose client was killed before recording the job: the list must
        # still say that it may have been made (the record written before the create is sent).
        unknown_names = {(j.get("fields") or {}).get("name") for j in unknown}
        for c in creates:
            if c.get("made") and c.get("made") not in by_job and c.get("name") not in unknown_names:
                self.problems.append("the sandbox made %s for %s, and the list knows nothing of it" % (c.get("made"), c.get("name")))
        for job_id in by_job:
            if job_id not in made:
                self.problems.append("the job %s in the list was never made by the sandbox" % job_id)
        if len(by_job) > len(made):
            self.problems.append("%d jobs in the list, but the sandbox made %d" % (len(by_job), len(made)))

        print()
        print("kill storm (seed %d, %.0f s storm + %.0f s to follow the list to its end):" %
              (self.args.seed, storm_seconds, time.time() - started - storm_seconds))
        rows = [("SIGKILLs", self.counts["kills"]), ("runs", self.counts["runs"]),
                ("  CLI runs", self.counts["cli runs"]), ("  desktop runs", self.counts["desktop runs"]),
                ("  ended before their kill", self.counts["ended by themselves"]),
                ("creates sent (sandbox log)", len(creates)),
                ("  answered with a job", len(made)),
                ("  faulted (dropped or 5xx/429)", sum(1 for c in creates if not c.get("made"))),
                ("accepted job ids seen by the runs", len(self.accepted)),
                ("jobs in the list", len(by_job)), ("  finished (SUCCESS or FAIL)", len(finished)),
                ("outcome-unknown records", len(unknown)),
                ("made, but killed before the job was recorded", len(made - set(by_job)))]
        for label, value in rows:
            print("  %-52s %6d" % (label, value))
        print("  runs by kind: " + ", ".join("%s %d" % (k, v) for k, v in sorted(self.kinds.items())))
        if self.problems:
            print("\nFAILED: %d problem(s):" % len(self.problems))
            for p in self.problems[:50]:
                print("  - " + p)
            print("(runs' output kept in %s)" % self.home)
            return 1
        print("\nall checks hold")
        shutil.rmtree(self.home, ignore_errors=True)
        return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", required=True, help="folder with ims-wizard-cli and killstorm_desktop")
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--fault-rate", type=float, default=0.2)
    parser.add_argument("--job-seconds", type=float, default=2)
    parser.add_argument("--parallel", type=int, default=2)
    parser.add_argument("--budget", type=int, default=210, help="seconds for the storm itself")
    args = parser.parse_args()
    if args.seed is None:
        args.seed = random.SystemRandom().randrange(1, 2 ** 31)
    return Storm(args).run()


if __name__ == "__main__":
    sys.exit(main())
