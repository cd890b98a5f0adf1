"""The class is renamed: MyGenerator instead of the skeleton's Generator."""
FAILS, MESSAGE = "generator.layers", "error.missing_name"
EDITS = [("generator.py", "class Generator(nn.Module):", "class MyGenerator(nn.Module):")]
