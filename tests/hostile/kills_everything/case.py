"""generator.py sends SIGKILL to its parent (the worker) and to every process it may signal, when
imported: the worker runs as another uid, the grader outside the sandbox; only the check's own
processes can be reached, and kill(-1) spares its caller, so the code goes on and is graded."""
NEEDS = "own_uid"  # kill(-1) as the grading user would kill the grader itself
EXPECT = {}
FEEDBACK = ["kill parent: PermissionError"]
EDITS = [("generator.py", "import math\n", """import math
import os
import signal

try:
    os.kill(os.getppid(), signal.SIGKILL)
except OSError as err:
    print("kill parent:", type(err).__name__)
os.kill(-1, signal.SIGKILL)
""")]
