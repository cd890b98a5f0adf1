"""sys.exit(0) while generator.py is imported: a pytest run that exits early can look like a pass."""
EXPECT = {"generator.output": "error.exit"}
FEEDBACK = ["sys.exit()"]
EDITS = [("generator.py", "import math\n", "import math\nimport sys\n\nsys.exit(0)\n")]
