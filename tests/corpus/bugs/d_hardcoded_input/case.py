"""D's first Linear takes 784 inputs, whatever img_shape says."""
FAILS, MESSAGE = "discriminator.layers", "d.ignores_args"
EDITS = [("discriminator.py", "nn.Linear(math.prod(self.img_shape), 1024)", "nn.Linear(784, 1024)")]
