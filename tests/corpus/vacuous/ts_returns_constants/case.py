"""A correct step that returns made-up constants instead of its losses."""
VACUOUS_FOR = ("step.returns",)
EXPECT = {"step.returns": "step.return_constant", "step.trajectory": "step.trajectory_losses"}
EDITS = [("train_step.py", "return d_loss.item(), g_loss.item()", "return 1.3863, 0.6931")]
