"""discriminator.py forks without end when imported: stopped by the process limit of its uid."""
NEEDS = "own_uid"  # without a uid of its own there is no per-submission process limit: unsafe to run
EXPECT = {"discriminator.output": "error.import_error"}
FEEDBACK = ["BlockingIOError"]
EDITS = [("discriminator.py", "import math\n", "import math\nimport os\n\nwhile True:\n    os.fork()\n")]
