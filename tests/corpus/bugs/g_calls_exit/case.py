"""G's forward calls sys.exit() (a leftover from a script)."""
FAILS, MESSAGE = "generator.output", "error.exit"
EDITS = [("generator.py", "        return flat.view(z.size(0), *self.img_shape)  # (N, C, H, W)", "        import sys\n        sys.exit(3)\n        return flat.view(z.size(0), *self.img_shape)  # (N, C, H, W)")]
