"""os._exit(0) while train_step.py is imported: the process ends with status 0 and no record."""
EXPECT = {"losses.discriminator": "grader.crashed", "step.detach": "grader.crashed"}
FEEDBACK = ["exit code 0"]
EDITS = [("train_step.py", "import torch.nn.functional as F\n", "import torch.nn.functional as F\nimport os\n\nos._exit(0)\n")]
