"""How a grading worker is started: inside bubblewrap where it works, else as a plain process.

bubblewrap (as root): new pid, network, ipc and uts namespaces (no network, no other process
visible), an empty root with read-only binds of exactly what Python needs (the interpreter, the
venv, the kit's check code) and the one submission, a private size-limited /tmp as scratch,
a cleared environment. The worker keeps only the few capabilities it needs to run each
submission's checks as an unprivileged uid of its own. Without bubblewrap the worker is a plain
process with the same environment scrubbing, uid change (as root), limits and kill-on-timeout,
but student code sees the whole file system (docs/grading.md, "What is guaranteed").
"""
import functools
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import gankit
from gankit.grading import limits

KIT = Path(gankit.__file__).resolve().parent
# The kit code a worker runs: the checks, what they import (tests/test_layers.py keeps checks/ to these
# modules) and the worker itself. Not solutions/, not the autograder's reference data, not the rest of the kit.
CHECKS_IMPORT = ("errors.py", "i18n.py", "submission.py")
KIT_FILES = ("__init__.py", *CHECKS_IMPORT, "checks", "grading/__init__.py", "grading/limits.py", "grading/worker.py")
SUBMISSION = "/submission"  # where a worker sees the submission (read-only) inside the sandbox
SCRATCH = "/tmp"  # inside the sandbox a private tmpfs; each check gets a folder of its own in it
BOOT = f"import sys; sys.path[0] = {str(KIT.parent)!r}; from gankit.grading.worker import main; main()"
NAMESPACES = ("--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try")
# What the worker keeps of root inside the sandbox: switching to a submission's uid, giving it its
# scratch folder, killing its processes and deleting its files; no mounts, no devices, no network.
ROOT_CAPS = tuple(arg for cap in ("SETUID", "SETGID", "CHOWN", "KILL", "DAC_OVERRIDE", "FOWNER")
                  for arg in ("--cap-add", f"CAP_{cap}"))
ENV = {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "HOME": SCRATCH,
    "TMPDIR": SCRATCH,
    "USER": "grader",
    "LOGNAME": "grader",
    "LANG": "C.UTF-8",
    "PYTHONHASHSEED": "0",  # set and dict orders in student code repeat from run to run
    "PYTHONDONTWRITEBYTECODE": "1",  # the submission folder is read-only anyway
    "PYTHONNOUSERSITE": "1",
    "OMP_NUM_THREADS": "1",  # one thread: identical numbers everywhere, and fork-safe
    "MKL_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "CUDA_VISIBLE_DEVICES": "",  # the checks are CPU checks; a GPU would change the numbers
}


@dataclass(frozen=True)
class Isolation:
    """How workers are isolated on this machine."""

    sandbox: bool  # bubblewrap works here
    own_uid: bool  # checks run as an unprivileged uid of their own (the grader runs as root)

    @property
    def name(self) -> str:
        return ("bwrap" if self.sandbox else "process") + ("+uid" if self.own_uid else "")


def detect(sandbox: bool = True) -> Isolation:
    """The best isolation this machine offers (sandbox=False: plain processes, e.g. for comparison)."""
    return Isolation(sandbox=sandbox and bwrap_state().usable, own_uid=os.geteuid() == 0)


# What bwrap prints when the kernel refuses an unprivileged user namespace: Ubuntu >= 23.10's AppArmor
# restriction ("setting up uid map: Permission denied", or the loopback setup failing), Debian's
# kernel.unprivileged_userns_clone=0 ("No permissions to creating new namespace"), user.max_user_namespaces=0
# ("Creating new namespace failed: No space left on device"). A container that forbids namespaces to root
# says "Creating new namespace failed: Operation not permitted": that is another problem ("failed").
USERNS_DENIED = ("setting up uid map", "No permissions to creat", "Failed RTM_NEWADDR", "No space left on device")


@dataclass(frozen=True)
class BwrapState:
    """Whether bubblewrap can sandbox a worker here, and if not why: "missing", "userns_denied" or
    "failed", with bwrap's own first line of complaint."""

    problem: str = ""
    detail: str = ""

    @property
    def usable(self) -> bool:
        return not self.problem


@functools.lru_cache(maxsize=None)
def bwrap_state() -> BwrapState:
    """Try bubblewrap once with the sandbox's namespaces (containers and AppArmor often forbid them)."""
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        return BwrapState("missing")
    argv = [bwrap, *_namespace_args(), "--ro-bind", "/", "/", "true"]
    try:
        done = subprocess.run(argv, capture_output=True, text=True, errors="replace", timeout=30)
    except (OSError, subprocess.TimeoutExpired) as err:
        return BwrapState("failed", str(err))
    if done.returncode == 0:
        return BwrapState()
    detail = next((line.strip() for line in done.stderr.splitlines() if line.strip()), f"exit code {done.returncode}")
    return BwrapState("userns_denied" if any(sign in detail for sign in USERNS_DENIED) else "failed", detail[:200])


def hidden_interpreter() -> str:
    """A folder on the way to the interpreter that other users cannot enter ("" if none). Without
    the sandbox, checks run as an unprivileged uid then cannot import what the worker did not."""
    for prefix in sorted({sys.base_prefix, sys.prefix}):
        for folder in [Path(prefix), *Path(prefix).parents]:
            if not folder.stat().st_mode & 0o001:
                return str(folder)
    return ""


def submission_uid(number: int) -> int:
    """The unprivileged uid (and gid) of this run's `number`-th submission (None unless root)."""
    if os.geteuid() != 0:
        return None
    block = os.getpid() % limits.UID_BLOCKS
    return limits.WORKER_UID_BASE + block * limits.UID_BLOCK + number % limits.UID_BLOCK


@dataclass
class Launch:
    """What subprocess.Popen needs to start one worker."""

    argv: list
    env: dict
    cwd: str
    scratch: str  # the scratch folder as the worker sees it


def launch(isolation: Isolation, inbox: Path, scratch: Path) -> Launch:
    """The command that starts a worker on `inbox` (the staged submission; `scratch` is its host
    scratch folder, used only without the sandbox)."""
    python = [sys.executable, "-s", "-c", BOOT]
    if not isolation.sandbox:
        return Launch(python, dict(ENV, HOME=str(scratch), TMPDIR=str(scratch)), str(scratch), str(scratch))
    argv = [shutil.which("bwrap"), *_namespace_args(), "--die-with-parent", "--new-session", "--clearenv"]
    for key, value in ENV.items():
        argv += ["--setenv", key, value]
    argv += ["--cap-drop", "ALL", *ROOT_CAPS] if os.geteuid() == 0 else []
    argv += _system_binds() + ["--proc", "/proc", "--dev", "/dev"]
    # As root the worker makes each check's folder and hands it to the check's uid; as a user the
    # worker (bwrap's user namespace maps just one uid) needs to write in /tmp itself.
    scratch_mode = "0755" if os.geteuid() == 0 else "1777"
    argv += ["--perms", scratch_mode, "--size", str(limits.FILE_MIB * limits.MIB), "--tmpfs", SCRATCH]
    argv += _python_binds() + ["--ro-bind", str(inbox), SUBMISSION, "--chdir", SCRATCH, "--", *python]
    return Launch(argv, {}, "/", SCRATCH)


def _namespace_args() -> list:
    """Namespaces of the sandbox. As root, no user namespace: the worker must be able to switch to
    the real unprivileged uids of the checks; as a user, bwrap needs one to work at all."""
    return list(NAMESPACES) + ([] if os.geteuid() == 0 else ["--unshare-user"])


def _system_binds() -> list:
    """/usr read-only, and /bin, /lib, ... as the links or folders they are on this system."""
    args = ["--ro-bind", "/usr", "/usr"]
    for name in ("/bin", "/sbin", "/lib", "/lib32", "/lib64"):
        path = Path(name)
        if path.is_symlink():
            args += ["--symlink", os.readlink(path), name]
        elif path.is_dir():
            args += ["--ro-bind", name, name]
    return args


def _python_binds() -> list:
    """The interpreter, the environment it runs in, the package folders it reaches through .pth files
    (an instructor's own venv pointing at the project's: docs/grading.md) and the kit's check code,
    read-only, at their own paths; their parent folders world-traversable (/root is 0700 on the host)."""
    sources = sorted({Path(p).resolve() for p in (sys.base_prefix, sys.prefix, *_site_folders())} - {Path("/usr")})
    sources = [path for path in sources if not any(other in path.parents for other in sources)]  # no nested binds
    sources += [KIT / name for name in KIT_FILES]
    parents = sorted({parent for path in sources for parent in path.parents if parent != Path("/")}, key=lambda path: len(path.parts))
    args = []
    for parent in parents:
        args += ["--perms", "0755", "--dir", str(parent)]
    for path in sources:
        args += ["--ro-bind", str(path), str(path)]
    return args


def _site_folders() -> list:
    """Package folders on sys.path (site-packages, dist-packages), never the project's own root."""
    return [path for path in sys.path if Path(path).name in ("site-packages", "dist-packages") and Path(path).is_dir()]
