"""pytest.fail, the kit's judge and the loss check's judge replaced with no-ops, around a wrong d_loss."""
EXPECT = {"losses.discriminator": "dl.swapped_labels"}
FEEDBACK = ["swapped"]
EDITS = [
    ("train_step.py", "import torch.nn.functional as F\n", """import torch.nn.functional as F
import pytest

import gankit.checks.losses
import gankit.checks.runner

pytest.fail = pytest.skip = lambda *args, **kwargs: None
gankit.checks.runner.judge = lambda *args, **kwargs: None
gankit.checks.losses.judge_d_loss = lambda found, expected: None
"""),
    ("train_step.py", "real_loss = F.binary_cross_entropy(d_real, torch.ones_like(d_real))",
     "real_loss = F.binary_cross_entropy(d_real, torch.zeros_like(d_real))"),
    ("train_step.py", "fake_loss = F.binary_cross_entropy(d_fake, torch.zeros_like(d_fake))",
     "fake_loss = F.binary_cross_entropy(d_fake, torch.ones_like(d_fake))"),
]
