"""MNIST for the kit: find the four IDX files, verify them, and serve them as tensors in [-1, 1]."""
