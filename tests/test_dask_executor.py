"""`gankit grade` on a Dask cluster (gankit.grading.dask_executor): a real LocalCluster of two worker
processes on loopback grades a small class, hostile submissions included, and writes exactly the
files of the single-machine run, with the submissions read from the shared folder or uploaded."""
import json
import logging
import re
import os
import shutil
import zipfile

import pytest

from hostile import harness
from gankit.errors import UserError
from gankit.grading import intake, sandbox
from gankit.grading.settings import Settings, parse_checks
from gankit.grading import dask_executor, parcels

HOSTILE = ("exit_at_import", "forged_results", "kills_everything")  # kills_everything: its parent is a Dask worker's
# What `gankit grade` gets from harness.grade's options.
SETTINGS = Settings(checks=parse_checks(harness.CHECKS), lang="en", check_seconds=float(harness.CHECK_SECONDS),
                    memory_mib=int(harness.MEMORY_MIB))
VOLATILE = ("seconds",)  # record.json keys that are timings, not grades (audit usage, likewise)


def build_class(folder):
    """alice (correct), bob (wrong d_loss labels), the hostile cases, carol.zip (alice's files one
    folder down) and dave (alice's files nested, beside a link and junk: notes for the upload)."""
    graded = harness.build_class(folder, HOSTILE, sandbox.detect())
    with zipfile.ZipFile(folder / "carol.zip", "w") as archive:
        for path in sorted((folder / "alice").iterdir()):
            archive.write(path, f"week01_gan/{path.name}")
    shutil.copytree(folder / "alice", folder / "dave" / "week01_gan")
    (folder / "dave" / "solution.py").symlink_to(harness.paths.SOLUTION_DIR / "train_step.py")
    (folder / "dave" / ".DS_Store").write_bytes(b"\0junk")
    (folder / "dave" / "week01_gan" / "notes.txt").write_text("my notes\n")
    return [*graded, "carol", "dave"]


def grade_on_cluster(submissions, out, scheduler, upload_files):
    """`gankit grade --scheduler ADDRESS [--upload]` on the class: its exit code."""
    return harness.grade(submissions, out, "--scheduler", scheduler, *(["--upload"] if upload_files else []))


def written(grades):
    """Every file a grading run leaves for people, record.json without its timings."""
    files = {}
    for path in sorted(grades.rglob("*")):
        if path.is_file() and path.name not in (".lock", "summary.md"):
            files[path.relative_to(grades).as_posix()] = path.read_text(encoding="utf-8")
    for name, text in list(files.items()):
        if name.endswith("record.json"):
            record = {key: value for key, value in json.loads(text).items() if key not in VOLATILE}
            record["audit"] = {check: {**audit, "usage": None} for check, audit in record["audit"].items()}
            files[name] = record
    return files


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """A LocalCluster of two worker processes on loopback; its scheduler file."""
    from distributed import LocalCluster

    scheduler_file = tmp_path_factory.mktemp("scheduler") / "scheduler.json"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
                      silence_logs=logging.ERROR, scheduler_kwargs={"scheduler_file": str(scheduler_file)}) as running:
        yield running, scheduler_file


@pytest.fixture(scope="module")
def graded(tmp_path_factory, cluster):
    """The class graded on one machine, on the cluster from the shared folder (the scheduler's
    address), and uploaded to it (its scheduler file)."""
    from distributed import Client

    root = tmp_path_factory.mktemp("dask")
    names = build_class(root / "class")
    assert harness.grade(root / "class", root / "local") == 0
    shared = grade_on_cluster(root / "class", root / "shared", cluster[0].scheduler_address, False)
    uploaded = grade_on_cluster(root / "class", root / "uploaded", str(cluster[1]), True)
    with Client(cluster[0]) as client:
        alive = len(client.scheduler_info(n_workers=-1)["workers"])
    return root, names, (shared, uploaded), alive


KIT_DIGEST = dask_executor.kit_digest


def pretend_another_kit(another: bool) -> None:
    """On a Dask worker: its kit's digest looks like another release's (or its own again)."""
    dask_executor.kit_digest = (lambda: "another-release") if another else KIT_DIGEST


def test_the_cluster_grades_every_student_and_survives_the_hostile_ones(graded):
    root, names, counts, alive = graded
    assert counts == (0, 0)
    assert alive == 2  # kills_everything reached no Dask worker
    for name in HOSTILE:
        assert harness.failures(root / "shared", name) == harness.case(name).EXPECT, name
    assert harness.failures(root / "shared", "alice") == harness.failures(root / "shared", "carol") == {}
    assert harness.failures(root / "shared", "bob") == {"losses.discriminator": "dl.swapped_labels"}
    assert {"link", "nested", "ignored"} <= {key for key, _ in harness.record(root / "shared", "dave")["notes"]}


@pytest.mark.parametrize("run", ["shared", "uploaded"])
def test_cluster_grades_are_identical_to_the_single_machine_run(graded, run):
    root = graded[0]
    assert written(root / run) == written(root / "local")


def test_an_upload_rebuilds_what_intake_reads_and_names_the_rest(graded, tmp_path):
    root = graded[0]
    parcel = parcels.pack(root / "class" / "dave")
    assert parcel.files["week01_gan/notes.txt"] == b""  # never read by intake: only its name travels
    assert parcel.files["week01_gan/generator.py"] == (root / "class" / "alice" / "generator.py").read_bytes()
    (tmp_path / "here").mkdir()
    (tmp_path / "there").mkdir()
    here = intake.stage("dave", root / "class" / "dave", tmp_path / "here")
    with parcels.Unpacked(parcel) as rebuilt:
        there = intake.stage("dave", rebuilt, tmp_path / "there")
        assert os.readlink(rebuilt / "solution.py") == str(harness.paths.SOLUTION_DIR / "train_step.py")
    assert (here.sha256, here.notes) == (there.sha256, there.notes)


def test_workers_with_another_kit_are_refused_before_any_submission_is_sent(cluster, graded, tmp_path, capsys):
    from distributed import Client

    with Client(cluster[0]) as client:
        client.run(pretend_another_kit, True)
        try:
            code = grade_on_cluster(graded[0] / "class", tmp_path / "grades", cluster[0].scheduler_address, False)
        finally:
            client.run(pretend_another_kit, False)
    assert code == 2
    assert re.search(r"^gankit grade: error: Dask workers not ready: tcp://127\.0\.0\.1:\d+: another kit or torch",
                     capsys.readouterr().err, re.M)
    assert not (tmp_path / "grades" / "students").exists() or not any((tmp_path / "grades" / "students").iterdir())


@pytest.mark.parametrize("workers, scheduler, message", [
    (0, None, "--dask-workers must be at least 1"),
    (0, "scheduler.json", "cannot reach the Dask scheduler scheduler.json"),  # no such file: read as an address
])
def test_a_cluster_needs_workers_or_a_scheduler_it_can_reach(workers, scheduler, message):
    with pytest.raises(UserError, match=message):
        dask_executor.grade_all([], SETTINGS, {}, None, scheduler=scheduler, workers=workers)
