"""generator.py reports what student code can see and do (tests/test_sandbox.py reads the report)."""
EXPECT = {}
FEEDBACK = ['"uid"']
EDITS = [("generator.py", "import math\n", """import math
import json
import os
import resource
import socket


def _can_write(path):
    try:
        with open(path, "a"):
            return True
    except OSError:
        return False


def _connects():
    try:
        socket.create_connection(("192.0.2.1", 80), timeout=2).close()
        return True
    except Exception as err:  # OSError; LookupError where the codec module cannot be loaded
        return str(err)


_status = dict(line.split(":", 1) for line in open("/proc/self/status"))
print("SANDBOX-REPORT " + json.dumps({
    "uid": os.getuid(), "euid": os.geteuid(), "gid": os.getgid(), "groups": os.getgroups(),
    "cap_eff": _status["CapEff"].strip(), "no_new_privs": _status["NoNewPrivs"].strip(),
    "cwd": os.getcwd(), "env": sorted(os.environ),
    "root": sorted(os.listdir("/")), "pids": sum(name.isdigit() for name in os.listdir("/proc")),
    "visible": {path: os.path.exists(path) for path in ("{SOLUTIONS}", "{REFERENCE}", "{CLASSMATE}", "{KIT}/cli.py",
                                                        "{KIT}/checks/runner.py", "/etc/passwd", "/root/.ssh")},
    "writable": {path: _can_write(path) for path in ("{KIT}/checks/runner.py", "/tmp/x", os.path.join(os.getcwd(), "x"))},
    "network": _connects(),
    "limits": {name: resource.getrlimit(getattr(resource, name))[0] for name in ("RLIMIT_AS", "RLIMIT_NPROC", "RLIMIT_FSIZE", "RLIMIT_CORE")},
}))
""")]
