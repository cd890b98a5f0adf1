"""generator.py prints the whole environment, where a grader's secrets (tokens, keys) would be."""
EXPECT = {}
FEEDBACK = ["HOME=/tmp|HOME="]
EDITS = [("generator.py", "import math\n", """import math
import os

print(sorted(f"{key}={value}" for key, value in os.environ.items()))
""")]
