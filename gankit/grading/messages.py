"""Everything the batch grader tells people, in Korean and English (the layout of gankit.i18n).

Check feedback comes from gankit.checks (the same text as the self-check); this module adds only
what the self-check cannot say: how a sandboxed check ended, what was wrong with an upload, and
the headings of the files the grader writes.
"""
from gankit.checks.feedback import Failure
from gankit.i18n import LANGS, say

VERDICTS = {  # the trusted parent's verdicts on a check that ended without a record (checked/expected/found/hint)
    "grader.memory": {
        "ko": ("{check}", "코드가 메모리 {mib} MiB 안에서 실행됨", "더 많이 써서 프로세스를 중단함",
               "반복문 안에서 계속 커지는 텐서/리스트나 아주 큰 torch.zeros/randn이 없는지 보세요"),
        "en": ("{check}", "your code stays within {mib} MiB of memory", "it used more, and its processes were stopped",
               "look for tensors or lists that grow in a loop, or one huge torch.zeros/randn"),
    },
    "grader.crashed": {
        "ko": ("{check}", "코드를 실행하는 프로세스가 검사를 끝까지 수행", "중간에 종료됨 ({how})",
               "os._exit(), 프로세스 종료, C 라이브러리 안의 충돌은 검사를 끝내 버립니다; 내 컴퓨터에서 자가 점검(pytest autograder/)을 실행해 보세요"),
        "en": ("{check}", "the process running your code finishes the check", "it ended early ({how})",
               "os._exit(), killing processes or a crash inside a C library ends the check; run the self-check "
               "(pytest autograder/) on your computer"),
    },
    "grader.lost": {
        "ko": ("{check}", "코드를 실행하는 동안 채점 프로세스가 응답", "응답이 없어 다시 시작함",
               "시그널을 막거나 파이썬 밖에서(파이프, 락 등) 무한히 기다리는 코드가 없는지 보세요"),
        "en": ("{check}", "the grader's worker answers while running your code",
               "it stopped answering and was restarted",
               "look for code that blocks signals or waits forever outside Python (e.g. on a pipe or a lock)"),
    },
    "grader.deadline": {
        "ko": ("{check}", "제출물의 모든 검사가 {seconds}초 안에 끝남", "이 검사가 끝나기 전에 시간이 다 됨",
               "무한 루프나 __init__/forward/train_step 안에서 학습을 돌리는 코드가 없는지 보세요"),
        "en": ("{check}", "all checks of your submission finish within {seconds} s",
               "the time ran out before this check finished",
               "look for an endless loop, or training inside __init__/forward/train_step"),
    },
    "grader.unreadable": {
        "ko": ("{check}", "generator.py, discriminator.py, train_step.py가 든 제출물", "{problem}",
               "`gankit submit`으로 다시 제출하세요: 채점기가 읽는 파일을 그대로 묶어 줍니다"),
        "en": ("{check}", "a submission with generator.py, discriminator.py and train_step.py", "{problem}",
               "submit again with `gankit submit`: it packs exactly the files the grader reads"),
    },
}

NOTES = {  # one-line notes about an upload, above the check feedback (intake.py decides which are fatal)
    "not_zip": {"ko": "zip 파일을 읽을 수 없습니다", "en": "the file is not a readable zip archive"},
    "unreadable": {"ko": "제출물을 읽을 수 없습니다 ({error})", "en": "the submission could not be read ({error})"},
    "encrypted": {"ko": "zip에 암호가 걸려 있습니다", "en": "the zip is password-protected"},
    "unsafe_path": {
        "ko": "zip 안에 폴더 밖을 가리키는 경로가 있어({path}) 아무것도 풀지 않았습니다",
        "en": "the zip holds a path outside its own folder ({path}); nothing was unpacked",
    },
    "too_large": {"ko": "zip을 풀면 {mib} MiB가 넘습니다", "en": "the zip unpacks to more than {mib} MiB"},
    "too_many": {"ko": "파일이 {limit}개를 넘습니다", "en": "more than {limit} files"},
    "empty": {"ko": "zip이 비어 있습니다", "en": "the zip is empty"},
    "no_files": {"ko": "{files} 중 아무 파일도 없습니다", "en": "none of {files} was found"},
    "ambiguous": {
        "ko": "파일이 여러 폴더에 있습니다({folders}); 한 벌만 제출하세요",
        "en": "the files are in several folders ({folders}); submit one copy",
    },
    "missing": {"ko": "빠진 파일: {files} (해당 검사는 0점)", "en": "missing: {files} (those checks get 0)"},
    "no_summary": {"ko": "{file} 파일이 없습니다 (논문 요약은 따로 채점합니다)", "en": "no {file} (the paper summary is graded by hand)"},
    "nested": {"ko": "{folder} 폴더 안의 파일을 채점했습니다", "en": "graded the files in the folder {folder}"},
    "link": {"ko": "{path}은(는) 심볼릭 링크라 읽지 않았습니다", "en": "{path} is a symbolic link: not read"},
    "ignored": {
        "ko": "generator.py, discriminator.py, train_step.py, paper_summary.md만 읽습니다; 무시한 파일: {files}",
        "en": "only generator.py, discriminator.py, train_step.py and paper_summary.md are read; ignored: {files}",
    },
    "file_too_large": {"ko": "{file}이(가) {mib} MiB보다 커서 읽지 않았습니다", "en": "{file} is larger than {mib} MiB: not read"},
    "binary": {"ko": "{file}은(는) 텍스트 파일이 아닙니다", "en": "{file} is not a text file"},
    "fingerprint_differs": {
        "ko": ("자가 점검한 검사({theirs})와 채점한 검사({ours})가 다릅니다: 오래된 패키지일 수 있어 점수가 다를 수 있습니다. 새 패키지를 받아 pytest autograder/ "
               "를 다시 실행하세요"),
        "en": ("you self-checked with checks {theirs}, this grader runs checks {ours}: an outdated package? grades "
               "can differ; get the current package and run pytest autograder/ again"),
    },
    "not_utf8": {
        "ko": "{file}이(가) UTF-8로 저장되어 있지 않습니다 (한글 Windows 편집기는 CP949로 저장하곤 합니다): UTF-8로 저장하지 않으면 파이썬이 import 할 수 없습니다",
        "en": ("{file} is not saved as UTF-8 (Korean Windows editors often save CP949): save it as UTF-8, or Python "
               "cannot import it"),
    },
}

FEEDBACK = {  # the per-student feedback file
    "title": {"ko": "gankit 채점: {student} ({source})", "en": "gankit grade: {student} ({source})"},
    "score": {
        "ko": "점수: {points}/{max} (검사 지문 {fingerprint})",
        "en": "score: {points}/{max} (checks fingerprint {fingerprint})",
    },
    "notes": {"ko": "제출물 확인:", "en": "about your submission:"},
    "check": {"ko": "[{verdict}] {title} ({id}): {points}/{max}", "en": "[{verdict}] {title} ({id}): {points}/{max}"},
}

SUMMARY = {  # summary.md, for the instructor
    "title": {"ko": "채점 요약", "en": "Grading summary"},
    "class": {"ko": "반 전체", "en": "Class"},
    "students": {"ko": "채점한 학생 수", "en": "students graded"},
    "mean": {"ko": "평균", "en": "mean"},
    "median": {"ko": "중앙값", "en": "median"},
    "histogram": {"ko": "점수 분포 (만점 대비 %)", "en": "Scores (% of the points)"},
    "checks": {"ko": "검사 항목", "en": "Checks"},
    "check": {"ko": "검사", "en": "check"},
    "passed": {"ko": "통과", "en": "passed"},
    "mistakes": {"ko": "가장 흔한 실수", "en": "Most common mistakes"},
    "count": {"ko": "학생 수", "en": "students"},
    "mistake": {"ko": "틀린 내용 (피드백 키: 검사)", "en": "what went wrong (feedback key: check)"},
    "notes": {"ko": "제출 파일 문제", "en": "Upload problems"},
    "isolation": {"ko": "격리 방식", "en": "Isolation"},
    "warning": {"ko": "경고", "en": "Warning"},
    "flags": {"ko": "확인이 필요한 코드", "en": "Code that needs a look"},
    "flags_why": {
        "ko": ("채점기, 프로세스, 파일, 네트워크에 손대거나 라이브러리를 바꾸는 줄입니다: 1주차 과제에는 필요 없는 코드입니다 (gankit/grading/scan.py). 판정이 아니라 확인할 "
               "곳입니다."),
        "en": ("Lines that reach for the grader, the process, files or the network, or patch a library: the week-1 "
               "files need none of that (gankit/grading/scan.py). A pointer, not a verdict."),
    },
}


class GraderFailure(Failure):
    """A failed check whose verdict comes from the grader (VERDICTS), not from the check's judge."""

    TABLE = VERDICTS


def note(key: str, params: dict, lang: str) -> str:
    """One upload note, in `lang`."""
    return say(NOTES, key, lang, **params)


def bilingual_note(key: str, params: dict) -> dict:
    """A note as a {lang: text} parameter, for a failure that is rendered later in either language."""
    return {lang: note(key, params, lang) for lang in LANGS}


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

