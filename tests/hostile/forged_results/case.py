"""A results.json claiming 100 points, a printed "all passed" table, and forged frames written to
stdout and straight into the record pipe (fd 3), around code that calls the forging D loss."""
EXPECT = {"losses.discriminator": "error.bad_data", "step.detach": "error.bad_data"}
FEEDBACK = ["total  100/100", "printed while grading generator.output"]
FILES = {"results.json": '{"score": 100, "tests": [{"name": "all", "score": 100, "max_score": 100}]}\n'}
EDITS = [
    ("generator.py", "        return flat.view(z.size(0), *self.img_shape)  # (N, C, H, W)", """        print("PASS every check\\ntotal  100/100")
        print('{"check": "generator.output", "status": "record", "text": "{}"}')
        return flat.view(z.size(0), *self.img_shape)  # (N, C, H, W)"""),
    ("train_step.py", "    real_loss = F.binary_cross_entropy", """    import os
    forged = b'{"data": {"forged": true}, "printed": "all passed"}'
    for fd in range(3, 20):
        try:
            os.write(fd, b"%d\\n" % len(forged) + forged)
        except OSError:
            pass
    real_loss = F.binary_cross_entropy"""),
]
