"""The late policy: how much of a late submission's points it keeps.

    none                  late work keeps every point (its lateness is still shown)
    10%/day               each started day (24 h) after the deadline takes 10% of the points off
    zero-after=48h        full points up to 48 h late, zero after (units: m, h, d)
    10%/day,zero-after=3d both

The penalty is a share of the student's own raw points (never below 0); raw and final points are
both kept in the gradebook.
"""
import math
import re
from dataclasses import dataclass

from gankit.inbox.texts import error

DAY_SECONDS = 24 * 3600
UNIT_SECONDS = {"m": 60, "h": 3600, "d": DAY_SECONDS}
PER_DAY = re.compile(r"(\d+(?:\.\d+)?)%/day")
ZERO_AFTER = re.compile(r"zero-after=(\d+(?:\.\d+)?)([mhd])")


@dataclass(frozen=True)
class LatePolicy:
    percent_per_day: float = 0.0
    zero_after_seconds: float = None  # None: no cut-off

    def percent_off(self, late_seconds) -> float:
        """Percent of the points a submission this late loses (0 when on time or late_seconds is None)."""
        if not late_seconds or late_seconds <= 0:
            return 0.0
        if self.zero_after_seconds is not None and late_seconds > self.zero_after_seconds:
            return 100.0
        return min(100.0, self.percent_per_day * math.ceil(late_seconds / DAY_SECONDS))


def parse(spec: str) -> LatePolicy:
    """The policy a --late-policy string names; a UserError that shows the forms otherwise."""
    spec = spec.strip().lower()
    if spec == "none":
        return LatePolicy()
    per_day, zero_after = 0.0, None
    for part in spec.split(","):
        part = part.strip()
        if PER_DAY.fullmatch(part) and not per_day:
            per_day = float(PER_DAY.fullmatch(part).group(1))
        elif ZERO_AFTER.fullmatch(part) and zero_after is None:
            amount, unit = ZERO_AFTER.fullmatch(part).groups()
            zero_after = float(amount) * UNIT_SECONDS[unit]
        else:
            raise error("bad late policy", policy=spec)
    if per_day > 100:
        raise error("bad late policy", policy=spec)
    return LatePolicy(per_day, zero_after)
