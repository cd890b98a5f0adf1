"""A training run's folder: `gankit train` writes it, `gankit evaluate` and `gankit report` read it.

folder (file names and what each holds), config (TrainConfig, RUN_DIR/config.json), checkpoint
(RUN_DIR/checkpoint.pt and generator.pt). Nothing here imports the training loop.
"""
