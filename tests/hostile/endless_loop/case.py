"""train_step ignores SIGALRM (the probe's own time limit) and loops forever."""
EXPECT = {"step.detach": "error.timeout"}
FEEDBACK = ["endless loop"]
EDITS = [("train_step.py", "    fake_imgs = generator(z)  # (N, C, H, W)\n", """    import signal
    signal.signal(signal.SIGALRM, signal.SIG_IGN)
    while True:
        pass
    fake_imgs = generator(z)  # (N, C, H, W)
""")]
