"""D's third layer narrows to 128 instead of 256."""
FAILS, MESSAGE = "discriminator.layers", "d.layer_size"
EDITS = [("discriminator.py", "nn.Linear(512, 256)", "nn.Linear(512, 128)"),
         ("discriminator.py", "nn.Linear(256, 1)", "nn.Linear(128, 1)")]
