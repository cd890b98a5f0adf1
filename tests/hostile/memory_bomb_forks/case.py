"""G's forward forks four copies that each fill 400 MiB and wait: every process stays under its own
memory limit (RLIMIT_AS), so the worker's watch on all of a check's processes must stop them."""
EXPECT = {"generator.output": "grader.memory"}
FEEDBACK = ["MiB of memory"]
EDITS = [("generator.py", "        return flat.view(z.size(0), *self.img_shape)  # (N, C, H, W)", """        import os
        import time
        for _ in range(4):
            if os.fork() == 0:
                hog = b"1" * (400 * 2**20)
                time.sleep(60)
        time.sleep(60)
        return flat.view(z.size(0), *self.img_shape)  # (N, C, H, W)""")]
