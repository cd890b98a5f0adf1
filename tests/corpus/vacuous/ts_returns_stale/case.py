"""A correct step that returns the previous call's losses (kept in a global)."""
VACUOUS_FOR = ("step.returns",)
EXPECT = {"step.returns": "step.return_stale", "step.trajectory": "step.trajectory_losses"}
EDITS = [("train_step.py", "import torch.nn.functional as F\n",
          "import torch.nn.functional as F\n\n_previous = (0.0, 0.0)  # the losses of the last call\n"),
         ("train_step.py", "    return d_loss.item(), g_loss.item()\n",
          "    global _previous\n    stale, _previous = _previous, (d_loss.item(), g_loss.item())\n    return stale\n")]
