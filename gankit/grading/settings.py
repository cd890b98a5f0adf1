"""What a grading run is configured with; everything in it that can change a grade is fingerprinted."""
import hashlib
from dataclasses import asdict, dataclass, field

from gankit.checks.catalog import BY_ID, CHECKS
from gankit.errors import UserError
from gankit.grading import limits
from gankit.grading.sandbox import Isolation, detect

# Checks that run the same student code: once one of them runs out of time, the others of its group
# get a short limit (limits.REPEAT_TIMEOUT_SECONDS). The convergence run calls train_step too.
GROUP_OF = {"convergence": "step"}


def all_check_ids() -> tuple:
    return tuple(check.id for check in CHECKS)


@dataclass(frozen=True)
class Settings:
    checks: tuple = field(default_factory=all_check_ids)  # check ids, in catalog order
    lang: str = "ko"  # language of results.json (feedback files are written in both)
    check_seconds: float = None  # cap on every check's own time limit (None: the check's limit)
    submission_seconds: float = limits.SUBMISSION_SECONDS
    memory_mib: int = limits.MEMORY_MIB
    sandbox: bool = True  # False: plain processes even where bubblewrap works
    reference: str = "frozen"  # "frozen": autograder/reference.json; "solutions": recomputed here

    def selected(self) -> list:
        return [BY_ID[check_id] for check_id in self.checks]

    def seconds(self, check) -> float:
        """The time limit of one check's probe."""
        return check.seconds if self.check_seconds is None else min(check.seconds, self.check_seconds)

    def group(self, check) -> str:
        prefix = check.id.split(".")[0]
        return GROUP_OF.get(prefix, prefix)

    def isolation(self) -> Isolation:
        return detect(self.sandbox)

    def fingerprint(self, expected: dict) -> dict:
        """What a grades folder must have been made with to be resumed: settings, isolation, reference
        data, the code of the checks and their judges (gankit.fingerprint: a changed judge must not
        mix its grades with the old judge's), kit and torch versions. (Not --jobs: parallelism
        changes no grade.)"""
        from importlib import metadata

        import torch

        from gankit import fingerprint
        from gankit.checks import wire

        reference = wire.dumps({check_id: expected[check_id] for check_id in self.checks})
        return {**asdict(self), "checks": list(self.checks), "isolation": self.isolation().name,
                "reference_sha256": hashlib.sha256(reference.encode()).hexdigest(),
                "checks_fingerprint": fingerprint.fingerprint(), "gankit": metadata.version("gankit"),
                "torch": torch.__version__}


def parse_checks(text: str) -> tuple:
    """"generator,step.detach" -> those check ids in catalog order; a group name selects its checks."""
    if not text:
        return all_check_ids()
    wanted = [word.strip() for word in text.split(",") if word.strip()]
    unknown = [word for word in wanted if not any(_matches(check.id, word) for check in CHECKS)]
    if unknown:
        groups = sorted({check.id.split(".")[0] for check in CHECKS})
        raise UserError(f"unknown check(s): {', '.join(unknown)}; use check ids or groups ({', '.join(groups)})")
    return tuple(check.id for check in CHECKS if any(_matches(check.id, word) for word in wanted))


def _matches(check_id: str, word: str) -> bool:
    return check_id == word or check_id.split(".")[0] == word
