"""G runs its layers, then returns made-up images of the right shape, dtype and range."""
VACUOUS_FOR = ("generator.output", "generator.function")
EXPECT = {"generator.activations": "g.last_act", "generator.output": "mlp.output_detached",
          "generator.function": "g.function"}
EDITS = [("generator.py", "        return flat.view(z.size(0), *self.img_shape)  # (N, C, H, W)\n",
          "        return torch.rand(z.size(0), *self.img_shape) * 2 - 1  # made up, in [-1, 1]\n")]
