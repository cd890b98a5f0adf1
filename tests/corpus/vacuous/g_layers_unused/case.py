"""G builds the lecture's layers but forward never runs them: it returns zeros of the right shape."""
VACUOUS_FOR = ("generator.layers", "generator.activations", "generator.output", "generator.function")
EXPECT = {"generator.layers": "g.layer_count", "generator.activations": "mlp.acts_need_layers",
          "generator.output": "mlp.output_constant", "generator.function": "mlp.function_needs_layers"}
EDITS = [("generator.py", "        flat = self.model(z)  # (N, C*H*W)\n",
          "        flat = torch.zeros(z.size(0), math.prod(self.img_shape))  # made up: the layers never run\n")]
