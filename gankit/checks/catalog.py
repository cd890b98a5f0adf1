"""The autograder's checks, coarse to fine, each with its points declared here and nowhere else.

A check is a probe (runs student code, returns plain data) and a judge (compares that data with
the reference's, in the trusted process, and returns None or a Failure).
"""
from dataclasses import dataclass
from functools import partial
from typing import Callable

from gankit.checks import convergence, losses, mlp, step
from gankit.checks.messages import TITLES
from gankit.i18n import say


@dataclass(frozen=True)
class Check:
    id: str
    points: float
    probe: Callable  # (Submission) -> plain data
    judge: Callable  # (found, expected) -> Failure | None
    seconds: float = 20.0  # wall-clock limit of the probe on a 2-core laptop

    def title(self, lang: str) -> str:
        return say(TITLES, self.id, lang)


def _net_checks(prefix, net, points):
    kinds = ("layers", "activations", "output", "function")
    return [
        Check(f"{prefix}.{kind}", pts, partial(getattr(mlp, f"probe_{kind}"), net), partial(getattr(mlp, f"judge_{kind}"), net))
        for kind, pts in zip(kinds, points)
    ]


CHECKS = (
    *_net_checks("generator", mlp.G, (5, 5, 4, 4)),
    *_net_checks("discriminator", mlp.D, (5, 5, 4, 4)),
    Check("losses.discriminator", 8, losses.probe_d_loss, losses.judge_d_loss),
    Check("losses.generator", 8, losses.probe_g_loss, losses.judge_g_loss),
    Check("step.returns", 4, step.probe_returns, step.judge_returns),
    Check("step.optimizers", 6, step.probe_events, step.judge_optimizers),
    Check("step.detach", 6, step.probe_events, step.judge_detach),
    Check("step.zero_grad", 6, step.probe_zero_grad, step.judge_zero_grad),
    Check("step.uses_z", 4, step.probe_uses_z, step.judge_uses_z),
    Check("step.direction", 4, step.probe_direction, step.judge_direction),
    Check("step.trajectory", 8, step.probe_trajectory, step.judge_trajectory),
    Check("convergence.ring", 10, convergence.probe_ring, convergence.judge_ring, seconds=120.0),
)

BY_ID = {check.id: check for check in CHECKS}
TOTAL_POINTS = sum(check.points for check in CHECKS)
