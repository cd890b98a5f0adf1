"""gankit: the week-1 GAN assignment kit (data, training, evaluation, release, grading)."""
