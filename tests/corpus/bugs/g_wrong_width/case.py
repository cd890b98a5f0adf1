"""G's third layer stays 512 wide instead of widening to 1024."""
FAILS, MESSAGE = "generator.layers", "g.layer_size"
EDITS = [("generator.py", "nn.Linear(512, 1024)", "nn.Linear(512, 512)"),
         ("generator.py", "nn.Linear(1024, math.prod", "nn.Linear(512, math.prod")]
