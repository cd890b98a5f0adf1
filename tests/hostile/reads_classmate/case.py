"""generator.py copies a classmate's generator.py (its absolute path on the grading machine)."""
NEEDS = "sandbox"  # without bubblewrap other folders are visible: documented, not guaranteed
EXPECT = {"generator.output": "error.import_error"}
FEEDBACK = ["No such file or directory"]
EDITS = [("generator.py", "import math\n", 'import math\n\nexec(open("{CLASSMATE}/generator.py").read())\n')]
