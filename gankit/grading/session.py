"""The trusted parent's side of one grading worker: start it, give it submissions, read its frames.

A Worker is one sandbox that grades submissions one after another (torch is imported once per
worker, not once per submission). The parent never trusts what comes back: frames are read with
a size cap and a deadline, and a worker that dies, hangs or talks nonsense is killed and started
again for the checks that are left.
"""
import json
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from gankit.grading import limits, sandbox, worker

# A frame carries a record of at most RECORD_BYTES as a JSON string (escaping can grow it 6x).
MAX_FRAME_BYTES = 6 * limits.RECORD_BYTES + 4096
STDERR_TAIL = 2000  # characters of a worker's stderr quoted when it fails to start


class WorkerError(Exception):
    """The worker could not be started: a problem of this machine, never of a submission."""


class _Lost(Exception):
    """The worker died, hung or broke the protocol during a job."""


class Worker:
    """One sandboxed worker; `inbox` is the folder it sees as the submission (read-only)."""

    def __init__(self, isolation: sandbox.Isolation, memory_mib: int = limits.MEMORY_MIB):
        self.isolation, self.memory_mib = isolation, memory_mib
        self.inbox = Path(tempfile.mkdtemp(prefix="gankit-inbox-"))
        self.scratch = Path(tempfile.mkdtemp(prefix="gankit-scratch-"))  # used only without the sandbox
        for folder in (self.inbox, self.scratch):
            os.chmod(folder, 0o755)
        self.process, self.channel, self.buffer, self.stderr = None, None, bytearray(), None
        self.uids, self.stopped = set(), False

    # ---- life cycle ----------------------------------------------------------------------------

    def start(self) -> None:
        """Start the worker and wait until it has imported torch."""
        if self.stopped:
            raise WorkerError("grading was stopped")
        started = time.monotonic()
        launch = sandbox.launch(self.isolation, self.inbox, self.scratch)
        read_end, write_end = os.pipe()
        self.stderr = tempfile.TemporaryFile()
        try:
            self.process = subprocess.Popen(launch.argv, env=launch.env, cwd=launch.cwd, stdin=subprocess.PIPE,
                                            stdout=subprocess.DEVNULL, stderr=self.stderr, pass_fds=(write_end,),
                                            start_new_session=True)
        except OSError as err:
            raise WorkerError(f"cannot start the grading worker: {err}") from None
        finally:
            os.close(write_end)
        self.channel, self.buffer = read_end, bytearray()
        config = {"channel_fd": write_end, "memory_mib": self.memory_mib, "max_tasks": limits.MAX_TASKS,
                  "scratch": launch.scratch}
        ready = self._send(config) and self._read(started + limits.STARTUP_SECONDS)
        if not ready or not ready.get("ready"):
            detail = self._stderr_tail()
            self.close()
            raise WorkerError(f"the grading worker did not start ({self.isolation.name}): {detail or 'no output'}")

    def close(self) -> None:
        """Stop the worker and everything it started."""
        if self.process is not None:
            _kill_group(self.process.pid)
            self.process.wait()
            self.process.stdin.close()
            os.close(self.channel)
            self.stderr.close()
            self.process = None
        for uid in self.uids:  # without the sandbox's pid namespace, stragglers outlive the worker
            worker.kill_check(None, uid)
        self.uids.clear()

    def stop(self) -> None:
        """From another thread: kill the worker; the thread using it gets no new one (WorkerError)."""
        self.stopped = True
        if self.process is not None:
            _kill_group(self.process.pid)

    def remove(self) -> None:
        """Close, and delete the inbox and scratch folders."""
        self.close()
        shutil.rmtree(self.inbox, ignore_errors=True)
        shutil.rmtree(self.scratch, ignore_errors=True)

    # ---- grading -------------------------------------------------------------------------------

    def clear_inbox(self) -> Path:
        """Empty the inbox for the next submission; returns it."""
        for entry in self.inbox.iterdir():
            entry.unlink()
        return self.inbox

    def probe(self, checks, uid, seconds: float) -> dict:
        """Run [(check id, seconds, group)] on the inbox as `uid`, all within `seconds` of worker time.

        Returns check id -> frame: the worker's frame, or {"status": "lost"} for a check during
        which the worker died or hung, {"status": "deadline"} for checks the time did not reach.
        """
        frames, pending, budget, restarts = {}, list(checks), seconds, 0
        if uid is not None:
            self.uids.add(uid)
        while pending:
            if self.process is None:
                self.start()  # not counted in the submission's time
            started = time.monotonic()
            try:
                for check_id, frame in self._job(list(pending), uid, started + budget):
                    frames[check_id] = frame
                    pending.pop(0)
            except _Lost:
                self.close()
                budget, restarts = budget - (time.monotonic() - started), restarts + 1
                if budget <= 0 or restarts > limits.MAX_RESTARTS:
                    frames.update({check[0]: {"status": "deadline"} for check in pending})
                    break
                frames[pending.pop(0)[0]] = {"status": "lost"}
        return frames

    def _job(self, checks, uid, deadline):
        folder = sandbox.SUBMISSION if self.isolation.sandbox else str(self.inbox)
        if not self._send({"folder": folder, "uid": uid, "checks": checks}):
            raise _Lost()
        for check_id, seconds, _ in checks:
            wait = seconds + limits.CHECK_GRACE_SECONDS + limits.WORKER_SLACK_SECONDS
            frame = self._read(min(deadline, time.monotonic() + wait))
            if not frame or frame.get("check") != check_id:
                raise _Lost()
            yield check_id, frame
        if self._read(time.monotonic() + limits.WORKER_SLACK_SECONDS) != {"done": True}:
            raise _Lost()

    # ---- the channel ---------------------------------------------------------------------------

    def _send(self, obj) -> bool:
        try:
            self.process.stdin.write(json.dumps(obj).encode() + b"\n")
            self.process.stdin.flush()
            return True
        except OSError:
            return False

    def _read(self, deadline):
        """The next frame as a dict, or None when the deadline passes or the worker is gone."""
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or len(self.buffer) > MAX_FRAME_BYTES:
                return None
            if not select.select([self.channel], [], [], left)[0]:
                return None
            chunk = os.read(self.channel, 1 << 20)
            if not chunk:
                return None
            self.buffer += chunk
        line, _, rest = bytes(self.buffer).partition(b"\n")
        self.buffer = bytearray(rest)
        try:
            frame = json.loads(line)
        except ValueError:
            return None
        return frame if isinstance(frame, dict) else None

    def _stderr_tail(self) -> str:
        self.stderr.seek(0)
        return " ".join(self.stderr.read().decode(errors="replace").split())[-STDERR_TAIL:]


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass
