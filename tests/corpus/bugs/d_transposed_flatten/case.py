"""D flattens each image column by column: the right shapes, the wrong function."""
FAILS, MESSAGE = "discriminator.function", "d.function"
EDITS = [("discriminator.py", "flat = img.view(img.size(0), -1)", "flat = img.transpose(2, 3).reshape(img.size(0), -1)")]
