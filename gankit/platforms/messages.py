"""What the platforms tell students, in Korean and English (instructor-only lines stay in English,
like the rest of the instructor side). Check feedback itself comes from gankit.checks unchanged."""

TEXT = {
    "en": {
        "score": "gankit: {points}/{max} points",
        "notes": "About your submission:",
        "self_check": "The same checks run on your computer: pytest autograder/ --lang en",
        "reported": "reported to GitHub Classroom: {points}/{max} points",
        "not_reported": "not running on GitHub Actions ($GITHUB_OUTPUT is not set): nothing was reported",
    },
    "ko": {
        "score": "gankit: {points}/{max}점",
        "notes": "제출물 확인:",
        "self_check": "같은 검사를 내 컴퓨터에서 실행할 수 있습니다: pytest autograder/",
        "reported": "GitHub Classroom에 보고한 점수: {points}/{max}점",
        "not_reported": "GitHub Actions에서 실행한 것이 아니므로($GITHUB_OUTPUT 없음) 점수를 보고하지 않았습니다",
    },
}


def say(key: str, lang: str, **params) -> str:
    return TEXT[lang][key].format(**params)
