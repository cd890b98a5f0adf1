"""Every limit the grader puts on student code, with the reason for its size.

Imported by the trusted parent and by the worker inside the sandbox, so it imports nothing heavy.
"""

MIB = 1024 * 1024

# ---- per check, enforced by the worker in the sandbox -------------------------------------------
# Once a check has run out of time, the later checks of its group (the same student code, see
# settings.GROUP_OF) get at most this: code that hung once hangs again, and each unit check of the
# reference takes < 0.2 s. An endless loop in train_step then costs ~1 minute, not 3.
REPEAT_TIMEOUT_SECONDS = 5.0
# Memory a check's processes may use beyond the worker's own footprint (torch, ~0.8 GB shared
# with every check): the reference's largest probe adds ~0.4 GB, so 2 GiB leaves room for clumsy
# but honest code while two workers stay far below this machine's 24 GB.
MEMORY_MIB = 2048
# RLIMIT_AS stops one process at MEMORY_MIB (a clean MemoryError); the worker's watch on all of a
# check's processes together kills them this much later (a fork bomb of allocators, or a fresh
# program started by the check, which RLIMIT_AS bounds less tightly).
MEMORY_SLACK_MIB = 512
# Tasks (processes + threads) of a check's uid: a probe needs 1; room for a student's harmless
# thread or subprocess, and a fork bomb stops after a few dozen forks.
MAX_TASKS = 32
# Largest file a check may write in its scratch folder; /scratch and /tmp are tmpfs (RAM) of this
# size too, so a disk filler costs at most this much memory.
FILE_MIB = 64
OPEN_FILES = 256  # a probe opens a handful of files; bounds descriptor leaks
# The probe's own SIGALRM stops code at the check's limit; the worker kills the check's processes
# this much later (code that ignores SIGALRM or loops inside C). Sending a record takes milliseconds.
CHECK_GRACE_SECONDS = 2.0
# The worker samples the memory of a check's processes this often (a fork bomb of allocators
# grows ~1 GB per tenth of a second on 2 cores; RLIMIT_AS bounds each process in between).
MEMORY_POLL_SECONDS = 0.1
# A record is plain data: the largest (the ring's 2000 samples) is ~100 KB of JSON.
RECORD_BYTES = 16 * MIB

# ---- per submission, enforced by the trusted parent ---------------------------------------------
# All checks of one submission: the reference needs ~6 s here; the convergence check alone may
# take 120 s (its declared limit), plus the worker's start.
SUBMISSION_SECONDS = 180.0
# Importing torch and warming up the optimizers in a fresh worker takes ~4 s on a quiet 2-core
# machine; allow for a machine busy with other work.
STARTUP_SECONDS = 90.0
# The parent gives the worker this long beyond a check's hard limit before it declares the worker
# hung and restarts it (the worker itself never runs student code).
WORKER_SLACK_SECONDS = 10.0
# How many times a submission's worker may be restarted (after a crash) before the remaining
# checks are given up: each restart costs a torch import.
MAX_RESTARTS = 20

# ---- submissions on disk ------------------------------------------------------------------------
SOURCE_MIB = 1  # one student .py file: the reference's are ~5 KB
SUMMARY_MIB = 1  # paper_summary.md: a few pages of Markdown
ZIP_MIB = 50  # everything in one student's zip, uncompressed (zip bombs stop here)
ZIP_MEMBERS = 1000  # entries in one zip (an accidental node_modules or .git stops here)

# ---- worker identities --------------------------------------------------------------------------
# Each submission's checks run as an unprivileged uid/gid of its own, far from real users (Debian
# gives people 1000-59999 and nobody 65534): RLIMIT_NPROC then counts only that submission's
# processes, the worker can find and kill all of them, and nothing one submission leaves behind
# (a file, an IPC object) is readable by the next. Each grading run takes its own block of uids
# (from its pid), so two runs on one machine do not share them.
WORKER_UID_BASE = 100_000
UID_BLOCK = 100_000  # submissions per run before uids repeat
UID_BLOCKS = 40_000  # blocks: the largest uid stays below 2**32 - 1 (the kernel's "no uid")
