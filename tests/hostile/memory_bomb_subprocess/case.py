"""G's forward starts a fresh Python that fills memory (RLIMIT_AS alone would let it reach ~5 GB):
the worker's watch on all of the check's processes stops it."""
EXPECT = {"generator.output": "grader.memory"}
FEEDBACK = ["MiB of memory"]
EDITS = [("generator.py", "        return flat.view(z.size(0), *self.img_shape)  # (N, C, H, W)", """        import subprocess
        import sys
        subprocess.run([sys.executable, "-c", "hog = []\\nwhile True: hog.append(b'1' * 2**26)"])
        return flat.view(z.size(0), *self.img_shape)  # (N, C, H, W)""")]
