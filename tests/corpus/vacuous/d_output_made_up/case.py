"""D runs its layers, then returns made-up probabilities of the right shape, dtype and range."""
VACUOUS_FOR = ("discriminator.output", "discriminator.function")
EXPECT = {"discriminator.activations": "d.last_act", "discriminator.output": "mlp.output_detached",
          "discriminator.function": "d.function"}
EDITS = [("discriminator.py", "        return self.model(flat)  # (N, 1)\n",
          "        self.model(flat)\n        return torch.rand(img.size(0), 1)  # made up, in (0, 1)\n")]
