"""D flattens with view(-1, 784), which breaks for any other img_shape."""
FAILS, MESSAGE, HINT = "discriminator.output", "error.exception", "reshape"
EDITS = [("discriminator.py", "flat = img.view(img.size(0), -1)", "flat = img.view(-1, 784)")]
