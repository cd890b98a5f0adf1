"""Training: the lecture's MLP GAN loop around a submission's own train_step, fast and resumable."""
