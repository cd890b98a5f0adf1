"""Grading results for people and platforms: a points table, feedback text, Gradescope results.json."""
import json
import unicodedata

from gankit.checks.catalog import BY_ID, CHECKS
from gankit.i18n import say

HEADINGS = {
    "check": {"ko": "검사 항목", "en": "check"},
    "points": {"ko": "점수", "en": "points"},
    "total": {"ko": "합계", "en": "total"},
    "printed": {"ko": "{id} 채점 중 출력된 내용:", "en": "printed while grading {id}:"},
}


def table(results, lang: str) -> str:
    """The summary table: one row per check, points earned / max, then the total."""
    check_h, points_h, total_h = (say(HEADINGS, key, lang) for key in ("check", "points", "total"))
    rows = [(("PASS " if r.passed else "FAIL ") + BY_ID[r.id].title(lang), f"{_num(r.points)}/{_num(r.max_points)}")
            for r in results]
    rows.append((total_h, f"{_num(sum(r.points for r in results))}/{_num(sum(r.max_points for r in results))}"))
    width = max(_width(check_h), *(_width(name) for name, _ in rows))
    lines = [_pad(check_h, width) + f"  {points_h}", "-" * (width + 8)]
    lines += [_pad(name, width) + f"  {pts}" for name, pts in rows]
    return "\n".join(lines)


def _width(text: str) -> int:
    """Columns on a terminal: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def feedback(result, lang: str) -> str:
    """The whole feedback of one check: its verdict, and anything the code printed."""
    text = "OK" if result.passed else result.failure.render(lang)
    if result.printed.strip():
        text += "\n" + say(HEADINGS, "printed", lang, id=result.id) + "\n" + result.printed.rstrip()
    return text


def _numbers() -> dict:
    """check id -> "group.index" in catalog order (Gradescope sorts tests by number): 1.1 ... 5.1."""
    groups, numbers = {}, {}
    for check in CHECKS:
        group = groups.setdefault(check.id.split(".")[0], [len(groups) + 1, 0])
        group[1] += 1
        numbers[check.id] = f"{group[0]}.{group[1]}"
    return numbers


NUMBERS = _numbers()


def gradescope(results, lang: str, seconds: float = None, fingerprint: str = None) -> dict:
    """Gradescope's results.json: total score and one entry per check (name, number, score, max_score,
    output, the check id as a tag), and the checks fingerprint (gankit.fingerprint) in extra_data."""
    payload = {
        "score": sum(r.points for r in results),
        "tests": [
            {"name": BY_ID[r.id].title(lang), "number": NUMBERS[r.id], "tags": [r.id], "score": r.points,
             "max_score": r.max_points, "status": "passed" if r.passed else "failed", "output": feedback(r, lang),
             "visibility": "visible"}
            for r in results
        ],
        "visibility": "visible",
        "stdout_visibility": "hidden",
    }
    if seconds is not None:
        payload["execution_time"] = round(seconds, 2)
    if fingerprint is not None:
        payload["extra_data"] = {"fingerprint": fingerprint}
    return payload


def results_text(payload: dict) -> str:
    """A results.json payload as the file's text (UTF-8 left readable: the feedback is Korean)."""
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def write_gradescope(path, results, lang: str, seconds: float = None, fingerprint: str = None) -> None:
    path.write_text(results_text(gradescope(results, lang, seconds, fingerprint)), encoding="utf-8")


def _num(x: float) -> str:
    return f"{x:g}"
