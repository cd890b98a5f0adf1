"""The grading worker: runs inside the sandbox and probes submissions, one child process per check.

It imports torch once, then for each check forks a child that drops to the submission's own
unprivileged uid, sets resource limits, moves into a fresh scratch folder and runs the check's
probe on the student's code. The worker itself never runs student code: it watches the child's
clock and memory, reads its one record from a private pipe, kills every process of that uid,
deletes the scratch folder and forwards the record, untouched, to the trusted parent over its
own channel (never stdout). A check cannot reach the worker, the next check or the next
submission: each submission gets a uid of its own, each check a new process and folder.

Protocol. stdin, one JSON line each: first the configuration (channel fd, limits, scratch root),
then one job per submission ({"folder", "uid", "checks": [[id, seconds, group], ...]}). The channel:
JSON lines {"ready"}, then per check {"check", "seconds" (its limit), "status": record|timeout|
memory|crashed|bad_frame, "text", "usage"}, then {"done"} after each job. Once a check has run out
of time, the later checks of its group (the same student code) get REPEAT_TIMEOUT_SECONDS at most.
"""
import ctypes
import dataclasses
import gc
import json
import os
import resource
import select
import shutil
import signal
import sys
import tempfile
import time

from gankit.grading import limits

PR_SET_PDEATHSIG, PR_SET_DUMPABLE, PR_SET_NO_NEW_PRIVS, PR_SET_CHILD_SUBREAPER = 1, 4, 38, 36
FRAME_HEADER = 12  # "<length>\n": ten digits are enough for any length up to RECORD_BYTES
READ_CHUNK = 65536
KILL_ROUNDS = 100  # rounds of "find the uid's processes, kill them": a fork bomb needs a few


def main() -> None:
    config = json.loads(sys.stdin.readline())
    channel = config["channel_fd"]
    _prctl(PR_SET_DUMPABLE, 0)  # a same-uid check cannot open this process's pipes via /proc
    _prctl(PR_SET_CHILD_SUBREAPER, 1)  # orphans of a check come back here to be reaped
    _warm_up()
    _send(channel, {"ready": True})
    for line in sys.stdin:
        job = json.loads(line)
        hung = set()  # groups whose code ran out of time in this job
        for check_id, seconds, group in job["checks"]:
            if group in hung:
                seconds = min(seconds, limits.REPEAT_TIMEOUT_SECONDS)
            # A fresh name nobody can guess: grading as a user, checks share the worker's uid and /tmp,
            # and must not be able to prepare the next check's folder.
            scratch = tempfile.mkdtemp(dir=config["scratch"])  # mode 0700
            frame = run_check(check_id, seconds, job, scratch, config)
            if frame["usage"]["ran_out"]:
                hung.add(group)
            _send(channel, {"check": check_id, "seconds": seconds, **frame})
        _send(channel, {"done": True})


def _warm_up() -> None:
    """Load everything a probe needs before the first fork, so no check pays for it (or can spoil it)."""
    import torch

    from gankit.checks import BY_ID, runner, wire  # noqa: F401 - imported for the children
    from gankit.submission import Submission  # noqa: F401

    torch.set_num_threads(1)
    net = torch.nn.Linear(2, 1)
    opt = torch.optim.Adam(net.parameters())  # the first optimizer imports torch._dynamo (~2 s)
    torch.nn.functional.binary_cross_entropy(torch.sigmoid(net(torch.ones(1, 2))), torch.ones(1, 1)).backward()
    opt.step()
    gc.collect()
    gc.freeze()  # children's garbage collections skip these objects, so fewer shared pages get copied


def run_check(check_id: str, seconds: float, job: dict, scratch: str, config: dict) -> dict:
    """Probe one check in a fresh child, in the new folder `scratch`; the outcome as a frame (without the check id)."""
    if job["uid"] is not None:
        os.chown(scratch, job["uid"], job["uid"])
    anon_before = _status_bytes(os.getpid(), b"RssAnon")
    read_end, write_end = os.pipe()
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        _child(check_id, seconds, job, scratch, write_end, config)
    os.close(write_end)
    watch = _Watch(pid, job["uid"], read_end, anon_before, config["memory_mib"])
    frame = watch.run(started + seconds + limits.CHECK_GRACE_SECONDS)
    ran_out = time.monotonic() - started >= seconds  # the probe's own alarm fired, or the worker's
    kill_check(pid, job["uid"])
    exit_status, cpu = watch.reap()
    _reap_orphans()
    os.close(read_end)
    _remove_tree(scratch)
    if frame["status"] == "record" and frame["text"] is None:
        frame = {"status": "crashed", "exit": exit_status}
    frame["usage"] = {"seconds": round(time.monotonic() - started, 3), "cpu_seconds": round(cpu, 3),
                      "peak_mib": round(watch.peak / limits.MIB, 1), "ran_out": ran_out}
    return frame


class _Watch:
    """Reads a child's record while watching its clock, its exit and its processes' memory."""

    def __init__(self, pid, uid, read_end, anon_before, memory_mib):
        self.pid, self.uid, self.read_end, self.anon_before = pid, uid, read_end, anon_before
        self.memory = memory_mib * limits.MIB
        self.peak, self.exit, self.frame = 0, None, _Frame()

    def run(self, deadline) -> dict:
        next_poll = 0.0
        while True:
            now = time.monotonic()
            if now > deadline:
                return {"status": "timeout"}
            if now >= next_poll:
                used = self._memory()
                self.peak, next_poll = max(self.peak, used), now + limits.MEMORY_POLL_SECONDS
                if used > self.memory + limits.MEMORY_SLACK_MIB * limits.MIB:
                    return {"status": "memory", "mib": self.memory // limits.MIB}
            ready, _, _ = select.select([self.read_end], [], [], limits.MEMORY_POLL_SECONDS)
            if ready:
                chunk = os.read(self.read_end, READ_CHUNK)
                if not chunk or self.frame.feed(chunk):
                    break
                if self.frame.bad:
                    return {"status": "bad_frame"}
            elif self.exit is not None:
                break  # the child is gone; what it left holding the pipe sends nothing more
            self._poll_exit()
        return {"status": "record", "text": self.frame.text()}

    def _poll_exit(self) -> None:
        if self.exit is None:
            pid, raw, usage = os.wait4(self.pid, os.WNOHANG)
            if pid == self.pid:
                self.exit = (raw, usage)

    def reap(self):
        """(how the child ended, its cpu seconds), once it is dead."""
        raw, usage = self.exit or os.wait4(self.pid, 0)[1:]
        return _describe_exit(raw), usage.ru_utime + usage.ru_stime

    def _memory(self) -> int:
        """Anonymous memory the check's processes added to what they inherited from this worker.

        Each process counts from the worker's own footprint: a forked copy adds only what it
        allocates (shared pages are not counted again), a fresh program (exec) counts nearly whole.
        """
        members = _members(self.pid, self.uid)
        return sum(max(0, _status_bytes(member, b"RssAnon") - self.anon_before) for member in members)


class _Frame:
    """The child's '<length>\\n<record>' frame, assembled from pipe reads."""

    def __init__(self):
        self.buffer, self.length, self.bad = b"", None, False

    def feed(self, chunk: bytes) -> bool:
        """Add bytes; True once the whole record is in."""
        self.buffer += chunk
        if self.length is None and b"\n" in self.buffer[:FRAME_HEADER]:
            header, self.buffer = self.buffer.split(b"\n", 1)
            self.length = int(header) if header.isdigit() else -1
        elif self.length is None and len(self.buffer) >= FRAME_HEADER:
            self.length = -1
        self.bad = self.length is not None and not 0 <= self.length <= limits.RECORD_BYTES
        return self.length is not None and not self.bad and len(self.buffer) >= self.length

    def text(self):
        if self.length is None or self.bad or len(self.buffer) < self.length:
            return None
        return self.buffer[:self.length].decode("utf-8", errors="replace")


def _describe_exit(raw: int) -> str:
    if os.WIFSIGNALED(raw):
        return f"signal {signal.Signals(os.WTERMSIG(raw)).name}"
    return f"exit code {os.WEXITSTATUS(raw)}"


def kill_check(pid, uid) -> None:
    """Kill every live process of the check: those of its uid, or without one, those of its session."""
    for _ in range(KILL_ROUNDS):
        members = _members(pid, uid)
        if not members:
            return
        for member in members:
            try:
                os.kill(member, signal.SIGKILL)
            except OSError:
                pass  # gone meanwhile
        time.sleep(0.001)


def _reap_orphans() -> None:
    """Collect the zombies of killed processes (this worker is their subreaper): they count as tasks."""
    while True:
        try:
            if os.waitpid(-1, os.WNOHANG)[0] == 0:
                return
        except ChildProcessError:
            return


def _remove_tree(folder: str) -> None:
    """Delete a check's scratch folder, whatever modes the check gave its folders."""
    try:
        _unlock(folder)
    except (OSError, RecursionError):
        pass  # what stays behind is unreadable to the next submission's uid, and dies with the sandbox
    shutil.rmtree(folder, ignore_errors=True)


def _unlock(folder: str) -> None:
    os.chmod(folder, 0o700)
    for entry in os.scandir(folder):
        if entry.is_dir(follow_symlinks=False):
            _unlock(entry.path)


def _members(pid, uid) -> list:
    """The check's live processes: all of its uid's, or without a uid of its own, those of its session."""
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) == os.getpid():
            continue
        status = _status(name)
        if status.get(b"State", b"Z").startswith(b"Z"):
            continue  # gone, or dead and waiting to be reaped
        if uid is not None and int(status[b"Uid"].split()[0]) == uid or uid is None and _session(name) == pid:
            found.append(int(name))
    return found


def _status(pid) -> dict:
    """/proc/PID/status as {field: value}; {} once the process is gone. (Not the owner of /proc/PID:
    a process that changed its uid is not dumpable, and its /proc entries belong to root.)"""
    try:
        with open(f"/proc/{pid}/status", "rb") as status:
            return dict(line.rstrip(b"\n").split(b":\t", 1) for line in status if b":\t" in line)
    except OSError:
        return {}


def _session(pid) -> int:
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return int(stat.read().rsplit(b")", 1)[1].split()[3])  # after "(comm)": state ppid pgrp session
    except (OSError, IndexError, ValueError):
        return -1


def _status_bytes(pid, field: bytes) -> int:
    """A memory figure of /proc/PID/status ("RssAnon", "VmSize") in bytes; 0 once the process is gone."""
    value = _status(pid).get(field, b"0 kB")
    return int(value.split()[0]) * 1024


# ---- the child: one check of student code --------------------------------------------------------

def _child(check_id, seconds, job, scratch, write_end, config) -> None:
    """Runs one probe as the submission's uid in its scratch folder; writes one frame; never returns."""
    try:
        os.setsid()  # its own session: without a uid of its own, the check is killed by session
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)  # raw writes to fd 1/2 go nowhere; print() is captured by the probe
        os.dup2(write_end, 3)
        os.closerange(4, resource.getrlimit(resource.RLIMIT_NOFILE)[0])  # no channel, no job pipe
        if job["uid"] is not None:
            _become(job["uid"])
        _prctl(PR_SET_NO_NEW_PRIVS, 1)
        _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # after the uid change, which clears it
        _limit_resources(seconds, job["uid"] is not None, config)
        os.chdir(scratch)
        os.environ["HOME"] = os.environ["TMPDIR"] = tempfile.tempdir = scratch
        payload = _probe(check_id, seconds, job["folder"])
        _write_all(3, b"%d\n" % len(payload) + payload)
    finally:
        os._exit(0)


def _probe(check_id, seconds, folder) -> bytes:
    from gankit.checks import BY_ID, runner, wire
    from gankit.submission import Submission

    check = dataclasses.replace(BY_ID[check_id], seconds=seconds)
    record = runner.probe(check, Submission(folder))
    try:
        return wire.dumps(record).encode()
    except (ValueError, TypeError) as err:
        return wire.dumps({"error": {"kind": "bad_data", "detail": str(err)[:200]}, "printed": ""}).encode()


def _write_all(fd, data: bytes) -> None:
    while data:
        data = data[os.write(fd, data):]


def _become(uid) -> None:
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)  # all three ids: no way back to root; capabilities are dropped


def _limit_resources(seconds, own_uid, config) -> None:
    own_size = _status_bytes("self", b"VmSize")
    memory = config["memory_mib"] * limits.MIB
    cpu = int(seconds + limits.CHECK_GRACE_SECONDS) + 1
    for which, value in (
        (resource.RLIMIT_AS, own_size + memory),  # the worker's image is mapped already
        (resource.RLIMIT_FSIZE, limits.FILE_MIB * limits.MIB),
        (resource.RLIMIT_NOFILE, limits.OPEN_FILES),
        (resource.RLIMIT_CORE, 0),
    ):
        resource.setrlimit(which, (value, value))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))  # a backstop: the wall clock comes first
    # RLIMIT_NPROC counts the tasks of the real uid (within its user namespace, Linux >= 5.14). With a
    # uid of its own that is this check alone; without (grading as a user), the check may add the same
    # number to the tasks the uid runs now: in bubblewrap's user namespace the sandbox's, as plain
    # processes all of the instructor's.
    tasks = config["max_tasks"] + (0 if own_uid else _tasks_of(os.getuid()))
    resource.setrlimit(resource.RLIMIT_NPROC, (tasks, tasks))


def _tasks_of(uid) -> int:
    """Processes and threads of `uid` this process can see (/proc), itself included."""
    count = 0
    for name in os.listdir("/proc"):
        if name.isdigit() and _status(name).get(b"Uid", b"-1").split()[0] == str(uid).encode():
            try:
                count += len(os.listdir(f"/proc/{name}/task"))
            except OSError:
                pass  # gone meanwhile
    return count


def _prctl(option, value) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(option, ctypes.c_ulong(value), ctypes.c_ulong(0), ctypes.c_ulong(0), ctypes.c_ulong(0))


def _send(fd, frame: dict) -> None:
    _write_all(fd, json.dumps(frame).encode() + b"\n")
