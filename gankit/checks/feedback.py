"""Feedback for one failed check: what was checked, expected, found, and a hint, in ko or en."""
from dataclasses import dataclass, field

from gankit.checks.messages import LABELS, MESSAGES, ONE_LINE
from gankit.i18n import current_lang, say

PARTS = ("checked", "expected", "found", "hint")  # the order of a check message's tuple


@dataclass(frozen=True)
class Failure:
    """A judge's verdict on a failed check: a message key from messages.py and its parameters."""

    key: str
    params: dict = field(default_factory=dict)
    TABLE = MESSAGES  # where `key` is looked up; the batch grader's own verdicts use another table

    def render(self, lang: str) -> str:
        """Four short lines (checked / expected / found / hint), or one line for a stub."""
        lang = current_lang(lang)
        if self.key in ONE_LINE:
            return say(ONE_LINE, self.key, lang, **self.params)
        params = {k: v[lang] if isinstance(v, dict) else v for k, v in self.params.items()}
        return "\n".join(f"{say(LABELS, part, lang)}: {text.format(**params)}"
                         for part, text in zip(PARTS, self.TABLE[self.key][lang]))


def fail(key: str, **params) -> Failure:
    """Shorthand used by every judge: `return fail("g.layer_count", found=3)`."""
    if key not in MESSAGES and key not in ONE_LINE:
        raise KeyError(f"no message for {key}")
    return Failure(key, params)


def fmt_shape(shape) -> str:
    """(16, 1, 28, 28) the way students read shapes in the docstrings."""
    return "(" + ", ".join(str(n) for n in shape) + ("," if len(shape) == 1 else "") + ")"


def fmt_linears(linears) -> str:
    """[[100, 256], [256, 512]] -> 'Linear(100→256), Linear(256→512)'."""
    return ", ".join(f"Linear({a}→{b})" for a, b in linears) or "-"
