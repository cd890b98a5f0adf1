"""What the grader writes: per student feedback (ko, en), Gradescope results.json and the audit
record; per class the CSV gradebook and a Markdown summary. Only from plain-data results, and
byte-identical when the grades are (no clocks, no machine names)."""
import json
import statistics
from collections import Counter
from functools import partial

from gankit.checks import scoresheet
from gankit.checks.catalog import BY_ID
from gankit.csv_cells import csv_text
from gankit.grading import messages, state
from gankit.grading.grade_one import result_from_dict
from gankit.i18n import LANGS, say

HISTOGRAM_BINS = 10  # 0-9%, 10-19%, ..., 90-100% of the points (= points when all checks run)
HISTOGRAM_WIDTH = 40  # characters of the longest bar
TOP_MISTAKES = 10
NAMES_SHOWN = 10  # students named per upload problem in the summary


def student_files(result: dict, lang: str) -> dict:
    """{file name: text} of one student's folder."""
    results = [result_from_dict(data) for data in result["results"]]
    files = {f"feedback.{code}.txt": feedback_text(result, results, code) for code in LANGS}
    payload = scoresheet.gradescope(results, lang, fingerprint=result.get("fingerprint"))
    files["results.json"] = scoresheet.results_text(payload)
    files[state.RESULT] = json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True, default=_plain) + "\n"
    return files


def feedback_text(result: dict, results: list, lang: str) -> str:
    """The feedback file: score, notes about the upload, the points table, then every check's feedback."""
    words = partial(say, messages.FEEDBACK, lang=lang)
    lines = [words("title", student=result["student"], source=result["source"]),
             words("score", points=_num(total(result)), max=_num(maximum(result)),
                   fingerprint=result.get("fingerprint", "?")), ""]
    if result["notes"]:
        lines += [words("notes")] + [f"- {messages.note(key, params, lang)}" for key, params in result["notes"]] + [""]
    lines += [scoresheet.table(results, lang), ""]
    for item in results:
        lines.append(words("check", verdict="PASS" if item.passed else "FAIL", title=BY_ID[item.id].title(lang),
                           id=item.id, points=_num(item.points), max=_num(item.max_points)))
        lines += [scoresheet.feedback(item, lang), ""]
    return "\n".join(lines)


def gradebook_csv(finished: list, check_ids: list) -> str:
    """One row per student: points per check, total, whether a paper summary came, upload notes."""
    rows = []
    for result in sorted(finished, key=lambda r: r["student"]):
        points = {item["id"]: item["points"] for item in result["results"]}
        rows.append([result["student"], *(_num(points[c]) if c in points else "" for c in check_ids),
                     _num(total(result)), _num(maximum(result)), "yes" if result["has_summary"] else "no",
                     " ".join(key for key, _ in result["notes"]), len(result.get("flags", []))])
    return csv_text(["student", *check_ids, "total", "max", "paper_summary", "upload_notes", "flagged_lines"], rows)


def summary_md(finished: list, lang: str, isolation: str, warning: str = "") -> str:
    """The class at a glance: statistics, a score histogram, pass rates, the most common mistakes."""
    words = partial(say, messages.SUMMARY, lang=lang)
    scores = [total(result) for result in finished]
    lines = [f"# {words('title')}", "", f"{words('isolation')}: `{isolation}`"]
    if warning:
        lines += ["", f"**{words('warning')}:** {warning}"]
    lines += ["", f"## {words('class')}", ""]
    if scores:
        lines += [f"- {words('students')}: {len(scores)}", f"- {words('mean')}: {statistics.mean(scores):.1f}",
                  f"- {words('median')}: {_num(statistics.median(scores))}"]
    percents = [100 * total(result) / maximum(result) for result in finished if maximum(result)]
    lines += ["", f"## {words('histogram')}", "", "```", *_histogram(percents), "```",
              "", f"## {words('checks')}", "", f"| {words('check')} | {words('passed')} |", "|---|---|"]
    for check_id in _check_ids(finished):
        passed = sum(item["failure"] is None for r in finished for item in r["results"] if item["id"] == check_id)
        lines.append(f"| {BY_ID[check_id].title(lang)} (`{check_id}`) | {passed}/{len(finished)} |")
    lines += ["", f"## {words('mistakes')}", "", f"| {words('count')} | {words('mistake')} |", "|---|---|"]
    for (check_id, key), count in _mistakes(finished).most_common(TOP_MISTAKES):
        lines.append(f"| {count} | `{key}`: {BY_ID[check_id].title(lang)} |")
    notes = {}  # note key -> [(student, params)]
    for result in finished:
        for key, params in result["notes"]:
            notes.setdefault(key, []).append((result["student"], params))
    if notes:
        lines += ["", f"## {words('notes')}", ""]
    for key, found in sorted(notes.items()):
        names = ", ".join(student for student, _ in found[:NAMES_SHOWN]) + (" ..." if len(found) > NAMES_SHOWN else "")
        lines.append(f"- {len(found)} × `{key}` ({names}): {messages.note(key, found[0][1], lang)}")
    flagged = [result for result in finished if result.get("flags")]
    if flagged:
        lines += ["", f"## {words('flags')}", "", words("flags_why"), ""]
    for result in flagged:
        lines.append(f"- **{result['student']}**")
        lines += [f"  - `{file}:{line}` ({pattern}): `{text}`" for file, line, pattern, text in result["flags"]]
    return "\n".join(lines) + "\n"


def _histogram(percents) -> list:
    """Text bars: how many students scored 0-9%, 10-19%, ... of the points."""
    width = 100 / HISTOGRAM_BINS
    counts = Counter(min(int(score // width), HISTOGRAM_BINS - 1) for score in percents)
    most = max(counts.values(), default=1)
    rows = []
    for b in range(HISTOGRAM_BINS):
        high = 100 if b == HISTOGRAM_BINS - 1 else (b + 1) * width - 1
        rows.append(f"{b * width:>3.0f}-{high:<3.0f}% {counts[b]:>4} " + "#" * round(HISTOGRAM_WIDTH * counts[b] / most))
    return rows


def _mistakes(finished) -> Counter:
    """(check id, feedback key) -> how many students failed that check that way (uploads that could
    not be read are listed with the upload problems instead)."""
    return Counter((item["id"], item["failure"]["key"]) for result in finished if not result["fatal"]
                   for item in result["results"] if item["failure"] is not None)


def _check_ids(finished) -> list:
    seen = {item["id"] for result in finished for item in result["results"]}
    return [check_id for check_id in BY_ID if check_id in seen]


def total(result: dict) -> float:
    return sum(item["points"] for item in result["results"])


def maximum(result: dict) -> float:
    return sum(item["max_points"] for item in result["results"])


def _num(x: float) -> str:
    return f"{x:g}"


def _plain(value):
    """json.dumps fallback for numpy scalars in failure parameters."""
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"not JSON data: {type(value).__name__}")
