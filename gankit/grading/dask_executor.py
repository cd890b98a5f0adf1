"""`gankit grade` on a Dask cluster: one task per submission, each the batch grader's grade_one.

    gankit grade SUBMISSIONS --out GRADES --dask-workers 4            # a local cluster of 4 processes
    gankit grade SUBMISSIONS --out GRADES --scheduler tcp://host:8786  # an existing cluster
    gankit grade ... --scheduler scheduler.json --upload               # workers without the shared folder

Every task runs grade_one, exactly as `gankit grade` does on one machine: the submission's code runs
only in a sandboxed grading worker that the Dask worker starts (bubblewrap, a uid of its own, time and
memory limits), and its records are decoded and judged in the Dask worker process itself, which never
runs student code (it is as trusted as the `gankit grade` process). What comes back is plain data, saved
here by the same grades folder and exports, so the files are those of a single-machine run.

Each Dask worker keeps one sandboxed grading worker per thread while a run lasts (torch is imported
once per thread, not once per submission) and stops them when the run ends. Before any submission is
sent, every Dask worker must run the same kit and torch as this machine and start a sandbox.
"""
import atexit
import contextlib
import hashlib
import logging
import queue
import threading
import time
import uuid
from pathlib import Path

from gankit.errors import UserError

WINDOW_PER_THREAD = 2  # submissions in flight per worker thread: none waits idle, few are packed ahead
WAIT_FOR_WORKERS_SECONDS = 120  # a cluster just started has no workers yet: they connect within seconds


def add_arguments(parser) -> None:
    """The options `gankit grade` needs for this backend."""
    group = parser.add_argument_group("Dask cluster (pip install 'gankit[cluster]')")
    group.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="grade on this Dask cluster: tcp://host:8786, or a scheduler file")
    group.add_argument("--dask-workers", type=int, default=0, metavar="N",
                       help="grade on a local Dask cluster of N worker processes")
    group.add_argument("--upload", action="store_true",
                       help="send each submission's files to the workers (they do not share SUBMISSIONS_DIR)")


def wanted(args) -> bool:
    return bool(args.scheduler or args.dask_workers)


def grade_all(todo, settings, expected, grades, scheduler=None, workers=0, upload=False,
              require_sandbox=False) -> int:
    """Grade [(student, path)] on the cluster; save each student as it finishes; the number graded."""
    from distributed import as_completed

    from gankit.grading import exports
    from gankit.grading import parcels

    with _connect(scheduler, workers) as client:
        run = uuid.uuid4().hex[:12]  # task keys of their own: another run on the same cluster never shares them
        pending, futures, count, started = list(todo), as_completed(), 0, time.monotonic()
        students = {}

        def send_next():
            student, path = pending.pop(0)
            source = client.scatter(parcels.pack(path), hash=False) if upload else str(path)
            future = client.submit(grade_task, student, source, settings, reference, run, pure=False,
                                   key=f"gankit-grade-{run}-{len(students)}")
            students[future.key] = student
            futures.add(future)

        try:
            threads = _preflight(client, settings, require_sandbox, run)
            reference = client.scatter(expected, broadcast=True)  # sent once to each worker, not with every task
            for _ in range(min(len(pending), WINDOW_PER_THREAD * threads)):
                send_next()
            for future in futures:
                if pending:
                    send_next()
                done = _finished(future, students[future.key])
                if done is None:
                    continue
                result = done["result"]
                grades.save(result["student"], exports.student_files(result, settings.lang))
                count += 1
                print(f"  [{count:>{len(str(len(todo)))}}/{len(todo)}] {result['student']:<24} "
                      f"{exports.total(result):g}/{exports.maximum(result):g}  ({result['seconds']:.1f} s on {done['host']})")
        finally:
            with contextlib.suppress(Exception):  # noqa: BLE001 - cleanup must not hide what ended the run
                client.run(shutdown_pool, run)  # stops this run's sandboxes, running ones too (after Ctrl-C)
    print(f"gankit grade: {count} graded on the cluster in {time.monotonic() - started:.0f} s")
    return count


def _finished(future, student):
    """A finished task's {"result", "host"}; None (and a line saying so) when the cluster lost it."""
    from gankit.grading.session import WorkerError

    try:
        return future.result()
    except WorkerError as err:  # a worker machine cannot start sandboxes: stop, as `gankit grade` does
        raise UserError(str(err)) from None
    except Exception as err:  # noqa: BLE001 - KilledWorker (its Dask worker died), a cancelled future
        print(f"  {student}: not graded ({type(err).__name__}: {str(err)[:200]}); run again to grade it")
        return None


@contextlib.contextmanager
def _connect(scheduler, workers):
    """A client of the cluster at `scheduler` (address or scheduler file), or of a new local one."""
    from distributed import Client, LocalCluster

    if workers < 0 or (not scheduler and workers < 1):
        raise UserError("--dask-workers must be at least 1")
    if scheduler:
        try:
            client = Client(scheduler_file=scheduler) if Path(scheduler).is_file() else Client(scheduler, timeout=30)
        except (OSError, TimeoutError, ValueError) as err:
            raise UserError(f"cannot reach the Dask scheduler {scheduler} (an address such as tcp://host:8786, or a "
                            f"scheduler file): {str(err)[:200]}") from None
        with client:
            try:
                client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS_SECONDS)
            except TimeoutError:
                raise UserError(f"the Dask cluster at {scheduler} has no workers") from None
            yield client
        return
    # Processes, like a real cluster's workers: each judges in a process of its own; one thread each,
    # since a submission's checks already keep one core busy.
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def _preflight(client, settings, require_sandbox, run) -> int:
    """Check every worker (same kit and torch as here, a sandbox starts); their threads in all."""
    import torch

    workers = client.scheduler_info(n_workers=-1)["workers"]
    if not workers:
        raise UserError("the Dask cluster has no workers")
    here = {"kit": kit_digest(), "torch": torch.__version__}
    futures = {address: client.submit(worker_facts, settings, here, run, workers=[address], allow_other_workers=False,
                                      pure=False, key=f"gankit-preflight-{run}-{address}") for address in workers}
    problems, isolations = [], set()
    for address, future in futures.items():
        facts = future.result()
        differ = [f"{key} {facts[key]}" for key in here if facts[key] != here[key]]
        if differ:
            problems.append(f"{address}: another kit or torch ({', '.join(differ)}; here {here['torch']})")
        if facts["error"]:
            problems.append(f"{address}: {facts['error']}")
        if require_sandbox and not facts["isolation"].startswith("bwrap"):
            problems.append(f"{address}: bubblewrap is not usable there (--require-sandbox)")
        isolations.add(facts["isolation"])
    if problems:
        raise UserError("Dask workers not ready: " + "; ".join(problems))
    threads = sum(info["nthreads"] for info in workers.values())
    print(f"gankit grade: {len(workers)} Dask workers, {threads} threads, isolation {', '.join(sorted(isolations))}")
    return threads


def kit_digest() -> str:
    """sha256 of the kit's Python sources: the same digest, the same checks, judges and messages."""
    import gankit

    kit = Path(gankit.__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(kit.rglob("*.py")):
        digest.update(path.relative_to(kit).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


# ---- on the Dask workers ----------------------------------------------------------------------------

_POOLS = {}  # run id -> (LifoQueue of this process's idle grading workers, set of all of them, busy included)
_LOCK = threading.Lock()


def grade_task(student: str, source, settings, expected, run: str) -> dict:
    """One submission, on a Dask worker: grade_one with a grading worker of this run's pool;
    {"result": grade_one's plain data, untouched, "host": where it ran}."""
    from gankit.grading.grade_one import grade_one
    from gankit.grading.parcels import Parcel, Unpacked

    with _pooled(settings, run) as worker:
        if isinstance(source, Parcel):
            with Unpacked(source) as path:
                result = grade_one(student, path, settings, expected, worker)
        else:
            result = grade_one(student, Path(source), settings, expected, worker)
    return {"result": result, "host": _host()}


def worker_facts(settings, wanted: dict, run: str) -> dict:
    """What the preflight compares: this worker's kit, torch, isolation, and whether a sandbox starts
    (tried only with the `wanted` kit and torch: another kit is refused anyway)."""
    import torch

    from gankit.grading.session import WorkerError

    facts = {"kit": kit_digest(), "torch": torch.__version__, "isolation": settings.isolation().name, "error": ""}
    if any(facts[key] != value for key, value in wanted.items()):
        return facts
    with _pooled(settings, run) as worker:
        try:
            if worker.process is None:
                worker.start()  # also warms this thread's grading worker for the first submission
        except WorkerError as err:
            facts["error"] = str(err)
    return facts


@contextlib.contextmanager
def _pooled(settings, run: str):
    """An idle grading worker of this run, or a new one; back in the pool afterwards. Each run has a
    pool of its own: two runs on one cluster (two courses) never share or stop each other's."""
    from gankit.grading.session import Worker

    with _LOCK:
        idle, every = _POOLS.setdefault(run, (queue.LifoQueue(), set()))
    try:
        worker = idle.get_nowait()
    except queue.Empty:
        worker = Worker(settings.isolation(), settings.memory_mib)
        with _LOCK:
            every.add(worker)
    try:
        yield worker
    finally:
        if worker.stopped:  # the run was stopped meanwhile
            worker.remove()
        else:
            idle.put(worker)


def shutdown_pool(run: str = None) -> None:
    """Stop the grading workers of a run (of every run: None) in this process: idle ones are removed
    here, busy ones (an interrupted run) are killed, so their tasks end at once and remove them."""
    with _LOCK:
        pools = [_POOLS.pop(key) for key in ([run] if run else list(_POOLS)) if key in _POOLS]
    for idle, every in pools:
        for worker in every:
            worker.stop()
        for worker in _drain(idle):
            worker.remove()


def _drain(idle) -> list:
    found = []
    with contextlib.suppress(queue.Empty):
        while True:
            found.append(idle.get_nowait())
    return found


atexit.register(shutdown_pool)


def _host() -> str:
    import socket

    return socket.gethostname()
