"""G's forward asks for 64 MiB after 64 MiB without end: stopped at the memory limit (RLIMIT_AS), with
torch's "can't allocate memory" as the reason. (The memory is never touched, so the bomb is cheap
to run; memory_bomb_forks fills real memory.)"""
EXPECT = {"generator.output": "error.exception"}
FEEDBACK = ["can't allocate memory"]
EDITS = [("generator.py", "        return flat.view(z.size(0), *self.img_shape)  # (N, C, H, W)", """        hog = []
        while True:
            hog.append(torch.empty(16 * 2**20))
        return flat.view(z.size(0), *self.img_shape)  # (N, C, H, W)""")]
