"""discriminator.py reads the instructor's solution and the reference data."""
NEEDS = "sandbox"  # without bubblewrap other folders are visible: documented, not guaranteed
EXPECT = {"discriminator.output": "error.import_error"}
FEEDBACK = ["No such file or directory"]
EDITS = [("discriminator.py", "import math\n", """import math

print(open("{REFERENCE}").read()[:100])
exec(open("{SOLUTIONS}/discriminator.py").read())
""")]
