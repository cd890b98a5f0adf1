"""What the slides share with the notebook and the student templates, read from where those live:
the theory readings and quiz (gankit/course/theory.py), the discussion questions (§7 of
solutions/week01_gan/paper_summary.md) and the training step (solutions/week01_gan/train_step.py)."""
import re

from gankit import paths
from gankit.course import theory
from gankit.course.sources import SUMMARY, split_at_train_step, summary_sections
from gankit.i18n import LANGS
from gankit.markers import regions

DISCUSSION_SECTION = "7"  # paper_summary.md's "## 7. 토론 질문 / Discussion questions"
_NUMBERED = re.compile(r"^(\d+)\. (.+)$")


def _side(pair, lang: str) -> str:
    """The `lang` side of a (ko, en) pair of theory.py."""
    return pair[LANGS.index(lang)]


def readings(lang: str) -> list:
    """[(title, markdown body)] of the notebook's theory readings, in `lang`."""
    return [(_side(reading.title, lang), _side(reading.body, lang)) for reading in theory.READINGS]


def quiz_questions(lang: str) -> list:
    """The notebook's quiz questions in `lang` (the questions only: no options, no key)."""
    return [_side(question.text, lang) for question in theory.QUESTIONS]


def discussion_questions(lang: str) -> list:
    """The numbered "ko / en" lines of the summary template's discussion section, in `lang`."""
    text = (paths.SOLUTION_DIR / SUMMARY).read_text(encoding="utf-8")
    section = next(s for s in summary_sections(text)[1] if s.number == DISCUSSION_SECTION)
    questions = []
    for line in section.prompt.splitlines():
        match = _NUMBERED.match(line.strip())
        if match:
            ko, en = match.group(2).split(" / ", 1)
            questions.append(dict(zip(LANGS, (ko, en)))[lang])
    return questions


def train_step_code() -> str:
    """The solution's train_step: its `def` line and the body of its solution region."""
    text = (paths.SOLUTION_DIR / "train_step.py").read_text(encoding="utf-8")
    lines = split_at_train_step(text)[1].splitlines()
    (begin, end), = regions(lines, "train_step.py")  # train_step has one solution region
    return "\n".join([lines[0], *lines[begin + 1:end]])
