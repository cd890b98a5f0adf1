"""G's forward allocates without end: stopped at the memory limit with a MemoryError."""
EXPECT = {"generator.output": "error.exception"}
FEEDBACK = ["MemoryError"]
EDITS = [("generator.py", "        return flat.view(z.size(0), *self.img_shape)  # (N, C, H, W)", """        hog = []
        while True:
            hog.append(bytearray(64 * 2**20))
        return flat.view(z.size(0), *self.img_shape)  # (N, C, H, W)""")]
