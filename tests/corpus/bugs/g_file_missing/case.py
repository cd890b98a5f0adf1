"""generator.py is missing from the submission folder."""
FAILS, MESSAGE = "generator.layers", "error.missing_file"
REMOVE = ["generator.py"]
