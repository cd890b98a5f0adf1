"""D's first LeakyReLU uses the default slope 0.01 instead of 0.2."""
FAILS, MESSAGE = "discriminator.activations", "d.slope"
EDITS = [("discriminator.py", "nn.Linear(math.prod(self.img_shape), 1024),\n            nn.LeakyReLU(0.2),",
          "nn.Linear(math.prod(self.img_shape), 1024),\n            nn.LeakyReLU(),")]
