"""The workflow's grading step: grade the student's folder, print the feedback, report the points.

What GitHub Classroom reads is the result format of its autograding-*-grader actions, which the
official autograding-grading-reporter collects from each runner step's `result` output (base64
of this JSON):

    {"version": 1, "status": "pass" | "fail", "max_score": 100,
     "tests": [{"name", "status": "pass" | "fail", "score", "message", "test_code",
                "filename", "line_no", "duration"}, ...]}

The reporter adds up tests[].score against max_score and posts "Points 82/100" on the workflow
run, which is what Classroom records. One test per check, so a student keeps the points of every
check passed. The Markdown points table also goes to the run's summary page.
"""
import base64
import json
import os

from gankit.platforms import single
from gankit.platforms.messages import say

OUTPUT_NAME = "result"  # the step output the reporter reads: steps.<runner id>.outputs.result
RUNNER_FORMAT = 1  # "version" of the runner result format


def runner_result(record: dict, lang: str) -> dict:
    """The record as one runner's result, one test per check."""
    from gankit.checks import scoresheet
    from gankit.checks.catalog import BY_ID

    tests = []
    for result in single.results(record):
        usage = (record["audit"].get(result.id) or {}).get("usage") or {}
        tests.append({"name": BY_ID[result.id].title(lang), "status": "pass" if result.passed else "fail",
                      "score": result.points, "message": scoresheet.feedback(result, lang), "test_code": result.id,
                      "filename": "", "line_no": 0, "duration": round(1000 * usage.get("seconds", 0))})
    return {"version": RUNNER_FORMAT, "status": "pass" if all(t["status"] == "pass" for t in tests) else "fail",
            "max_score": sum(item["max_points"] for item in record["results"]), "tests": tests}


def publish(record: dict, lang: str, environ=os.environ) -> str:
    """Write the result to $GITHUB_OUTPUT and the table to $GITHUB_STEP_SUMMARY (when set); what happened."""
    from gankit.checks import scoresheet
    from gankit.grading import exports

    points, most = f"{exports.total(record):g}", f"{exports.maximum(record):g}"
    summary = environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        table = scoresheet.table(single.results(record), lang)
        _append(summary, f"## {say('score', lang, points=points, max=most)}\n\n```text\n{table}\n```\n")
    output = environ.get("GITHUB_OUTPUT")
    if not output:
        return say("not_reported", lang)
    encoded = base64.b64encode(json.dumps(runner_result(record, lang), ensure_ascii=False).encode("utf-8"))
    _append(output, f"{OUTPUT_NAME}={encoded.decode('ascii')}\n")
    return say("reported", lang, points=points, max=most)


def _append(path: str, text: str) -> None:
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(text)
