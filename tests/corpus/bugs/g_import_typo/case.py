"""generator.py imports a module that does not exist (a typo: torch.nn.functionals)."""
FAILS, MESSAGE = "generator.layers", "error.import_error"
EDITS = [("generator.py", "import torch\n", "import torch\nimport torch.nn.functionals\n")]
