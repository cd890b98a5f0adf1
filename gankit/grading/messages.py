"""Everything the batch grader and `gankit submit` tell people, in Korean and English.

Check feedback comes from gankit.checks (the same text as the self-check); this module adds only
what the self-check cannot say: how a sandboxed check ended, what was wrong with an upload, and
the headings of the files the grader writes.
"""
from gankit.checks.feedback import Failure
from gankit.checks.messages import message

# Verdicts the trusted parent gives when a check ended without a record (checked/expected/found/hint).
VERDICTS = {
    "grader.memory": message(
        ("{check}", "your code stays within {mib} MiB of memory", "it used more, and its processes were stopped",
         "look for tensors or lists that grow in a loop, or one huge torch.zeros/randn"),
        ("{check}", "코드가 메모리 {mib} MiB 안에서 실행됨", "더 많이 써서 프로세스를 중단함",
         "반복문 안에서 계속 커지는 텐서/리스트나 아주 큰 torch.zeros/randn이 없는지 보세요")),
    "grader.crashed": message(
        ("{check}", "the process running your code finishes the check", "it ended early ({how})",
         "os._exit(), killing processes or a crash inside a C library ends the check; "
         "run the self-check (pytest autograder/) on your computer"),
        ("{check}", "코드를 실행하는 프로세스가 검사를 끝까지 수행", "중간에 종료됨 ({how})",
         "os._exit(), 프로세스 종료, C 라이브러리 안의 충돌은 검사를 끝내 버립니다; "
         "내 컴퓨터에서 자가 점검(pytest autograder/)을 실행해 보세요")),
    "grader.lost": message(
        ("{check}", "the grader's worker answers while running your code", "it stopped answering and was restarted",
         "look for code that blocks signals or waits forever outside Python (e.g. on a pipe or a lock)"),
        ("{check}", "코드를 실행하는 동안 채점 프로세스가 응답", "응답이 없어 다시 시작함",
         "시그널을 막거나 파이썬 밖에서(파이프, 락 등) 무한히 기다리는 코드가 없는지 보세요")),
    "grader.deadline": message(
        ("{check}", "all checks of your submission finish within {seconds} s", "the time ran out before this check finished",
         "look for an endless loop, or training inside __init__/forward/train_step"),
        ("{check}", "제출물의 모든 검사가 {seconds}초 안에 끝남", "이 검사가 끝나기 전에 시간이 다 됨",
         "무한 루프나 __init__/forward/train_step 안에서 학습을 돌리는 코드가 없는지 보세요")),
    "grader.unreadable": message(
        ("{check}", "a submission with generator.py, discriminator.py and train_step.py", "{problem}",
         "submit again with `gankit submit`: it packs exactly the files the grader reads"),
        ("{check}", "generator.py, discriminator.py, train_step.py가 든 제출물", "{problem}",
         "`gankit submit`으로 다시 제출하세요: 채점기가 읽는 파일을 그대로 묶어 줍니다")),
}

# One-line notes about an upload, shown above the check feedback (intake.py decides which are fatal).
NOTES = {
    "not_zip": {"en": "the file is not a readable zip archive", "ko": "zip 파일을 읽을 수 없습니다"},
    "unreadable": {"en": "the submission could not be read ({error})", "ko": "제출물을 읽을 수 없습니다 ({error})"},
    "encrypted": {"en": "the zip is password-protected", "ko": "zip에 암호가 걸려 있습니다"},
    "unsafe_path": {"en": "the zip holds a path outside its own folder ({path}); nothing was unpacked",
                    "ko": "zip 안에 폴더 밖을 가리키는 경로가 있어({path}) 아무것도 풀지 않았습니다"},
    "too_large": {"en": "the zip unpacks to more than {mib} MiB", "ko": "zip을 풀면 {mib} MiB가 넘습니다"},
    "too_many": {"en": "more than {limit} files", "ko": "파일이 {limit}개를 넘습니다"},
    "empty": {"en": "the zip is empty", "ko": "zip이 비어 있습니다"},
    "no_files": {"en": "none of {files} was found", "ko": "{files} 중 아무 파일도 없습니다"},
    "ambiguous": {"en": "the files are in several folders ({folders}); submit one copy",
                  "ko": "파일이 여러 폴더에 있습니다({folders}); 한 벌만 제출하세요"},
    "missing": {"en": "missing: {files} (those checks get 0)", "ko": "빠진 파일: {files} (해당 검사는 0점)"},
    "no_summary": {"en": "no {file} (the paper summary is graded by hand)",
                   "ko": "{file} 파일이 없습니다 (논문 요약은 따로 채점합니다)"},
    "nested": {"en": "graded the files in the folder {folder}", "ko": "{folder} 폴더 안의 파일을 채점했습니다"},
    "link": {"en": "{path} is a symbolic link: not read", "ko": "{path}은(는) 심볼릭 링크라 읽지 않았습니다"},
    "ignored": {"en": "only generator.py, discriminator.py, train_step.py and paper_summary.md are read; "
                      "ignored: {files}",
                "ko": "generator.py, discriminator.py, train_step.py, paper_summary.md만 읽습니다; 무시한 파일: {files}"},
    "file_too_large": {"en": "{file} is larger than {mib} MiB: not read", "ko": "{file}이(가) {mib} MiB보다 커서 읽지 않았습니다"},
    "binary": {"en": "{file} is not a text file", "ko": "{file}은(는) 텍스트 파일이 아닙니다"},
    "fingerprint_differs": {
        "en": "you self-checked with checks {theirs}, this grader runs checks {ours}: an outdated package? "
              "grades can differ; get the current package and run pytest autograder/ again",
        "ko": "자가 점검한 검사({theirs})와 채점한 검사({ours})가 다릅니다: 오래된 패키지일 수 있어 점수가 다를 수 있습니다. "
              "새 패키지를 받아 pytest autograder/ 를 다시 실행하세요"},
    "not_utf8": {"en": "{file} is not saved as UTF-8 (Korean Windows editors often save CP949): "
                       "save it as UTF-8, or Python cannot import it",
                 "ko": "{file}이(가) UTF-8로 저장되어 있지 않습니다 (한글 Windows 편집기는 CP949로 저장하곤 합니다): "
                       "UTF-8로 저장하지 않으면 파이썬이 import 할 수 없습니다"},
}

FEEDBACK = {  # the per-student feedback file
    "en": {"title": "gankit grade: {student} ({source})", "score": "score: {points}/{max} (checks fingerprint {fingerprint})",
           "notes": "about your submission:", "check": "[{verdict}] {title} ({id}): {points}/{max}"},
    "ko": {"title": "gankit 채점: {student} ({source})", "score": "점수: {points}/{max} (검사 지문 {fingerprint})",
           "notes": "제출물 확인:", "check": "[{verdict}] {title} ({id}): {points}/{max}"},
}

SUMMARY = {  # summary.md, for the instructor
    "en": {"title": "Grading summary", "class": "Class", "students": "students graded", "mean": "mean",
           "median": "median", "histogram": "Scores (% of the points)", "checks": "Checks",
           "check": "check", "passed": "passed", "mistakes": "Most common mistakes", "count": "students",
           "mistake": "what went wrong (feedback key: check)", "notes": "Upload problems",
           "isolation": "Isolation", "warning": "Warning", "flags": "Code that needs a look",
           "flags_why": "Lines that reach for the grader, the process, files or the network, or patch a library: "
                        "the week-1 files need none of that (gankit/grading/scan.py). A pointer, not a verdict."},
    "ko": {"title": "채점 요약", "class": "반 전체", "students": "채점한 학생 수", "mean": "평균",
           "median": "중앙값", "histogram": "점수 분포 (만점 대비 %)", "checks": "검사 항목",
           "check": "검사", "passed": "통과", "mistakes": "가장 흔한 실수", "count": "학생 수",
           "mistake": "틀린 내용 (피드백 키: 검사)", "notes": "제출 파일 문제",
           "isolation": "격리 방식", "warning": "경고", "flags": "확인이 필요한 코드",
           "flags_why": "채점기, 프로세스, 파일, 네트워크에 손대거나 라이브러리를 바꾸는 줄입니다: 1주차 과제에는 "
                        "필요 없는 코드입니다 (gankit/grading/scan.py). 판정이 아니라 확인할 곳입니다."},
}


SUBMIT = {  # `gankit submit`, for students
    "en": {
        "bad_id": "student id {id!r}: use letters, digits, '.', '_' or '-' (e.g. your student number)",
        "no_folder": "assignment folder not found: {folder} (pass --folder DIR)",
        "missing": "missing in {folder}: {files}",
        "too_large": "{file} is larger than {mib} MiB: only the code and the summary are submitted",
        "binary": "{file} is not a text file: save it as plain text",
        "not_utf8": "{file} is not saved as UTF-8 (Korean Windows editors often save CP949): save it as UTF-8",
        "self_check": "self-check of {folder} (the same checks as the grader):",
        "packed": "packed into {zip}:",
        "not_packed": "not packed (only the files above are graded): {files}",
        "replaced": "replaced the earlier {zip}",
        "done": "submit this file: {zip} ({size} KB, self-check {points}/{max})",
    },
    "ko": {
        "bad_id": "학번 {id!r}: 영문자, 숫자, '.', '_', '-'만 쓰세요 (예: 학번)",
        "no_folder": "과제 폴더가 없습니다: {folder} (--folder DIR로 지정하세요)",
        "missing": "{folder}에 없는 파일: {files}",
        "too_large": "{file}이(가) {mib} MiB보다 큽니다: 코드와 요약만 제출합니다",
        "binary": "{file}은(는) 텍스트 파일이 아닙니다: 일반 텍스트로 저장하세요",
        "not_utf8": "{file}이(가) UTF-8로 저장되어 있지 않습니다 (한글 Windows 편집기는 CP949로 저장하곤 합니다): UTF-8로 저장하세요",
        "self_check": "{folder} 자가 점검 (채점기와 같은 검사):",
        "packed": "{zip}에 묶은 파일:",
        "not_packed": "묶지 않은 파일 (위 파일만 채점합니다): {files}",
        "replaced": "이전 {zip}을(를) 바꿨습니다",
        "done": "이 파일을 제출하세요: {zip} ({size} KB, 자가 점검 {points}/{max})",
    },
}


class GraderFailure(Failure):
    """A failed check whose verdict comes from the grader (VERDICTS), not from the check's judge."""

    TABLE = VERDICTS


def note(key: str, params: dict, lang: str) -> str:
    """One upload note, in `lang`."""
    return NOTES[key][lang].format(**params)


def bilingual_note(key: str, params: dict) -> dict:
    """A note as a {lang: text} parameter, for a failure that is rendered later in either language."""
    return {lang: note(key, params, lang) for lang in ("en", "ko")}

# Why `gankit grade` will not run without --no-sandbox (one line each; {detail}: bwrap's own words).
SANDBOX_PROBLEMS = {
    "sandbox.missing": {
        "ko": "bubblewrap(bwrap)가 설치되어 있지 않습니다: apt-get install bubblewrap 으로 설치하거나, "
              "학생 코드가 내가 읽을 수 있는 모든 파일을 읽어도 된다면 --no-sandbox 를 붙이세요 (docs/grading.md)",
        "en": "bubblewrap (bwrap) is not installed: apt-get install bubblewrap, or pass --no-sandbox to grade as "
              "plain processes that can read every file you can (docs/grading.md)",
    },
    "sandbox.userns_denied": {
        "ko": "이 시스템은 bubblewrap의 사용자 네임스페이스를 막고 있습니다 ({detail}): Ubuntu 23.10 이상이면 "
              "bwrap용 AppArmor 프로파일을 추가하거나 (docs/grading.md) root 또는 컨테이너에서 채점하세요; "
              "--no-sandbox 는 격리 없이 채점합니다",
        "en": "this system denies bubblewrap a user namespace ({detail}): on Ubuntu >= 23.10 add the AppArmor "
              "profile for bwrap (docs/grading.md), or grade as root or in a container; --no-sandbox grades "
              "without isolation",
    },
    "sandbox.failed": {
        "ko": "bubblewrap가 여기서 시작되지 않습니다 ({detail}): 컨테이너라면 네임스페이스 생성 권한이 필요합니다 "
              "(docs/grading.md); --no-sandbox 는 격리 없이 채점합니다",
        "en": "bubblewrap does not start here ({detail}): a container must allow it to create namespaces "
              "(docs/grading.md); --no-sandbox grades without isolation",
    },
}
SANDBOX_PROBLEM_KEYS = {"missing": "sandbox.missing", "userns_denied": "sandbox.userns_denied", "failed": "sandbox.failed"}

