"""What the platforms tell students, in Korean and English (instructor-only lines stay in English,
like the rest of the instructor side). Check feedback itself comes from gankit.checks unchanged."""
from gankit import i18n

TEXT = {
    "score": {"ko": "gankit: {points}/{max}점", "en": "gankit: {points}/{max} points"},
    "notes": {"ko": "제출물 확인:", "en": "About your submission:"},
    "self_check": {
        "ko": "같은 검사를 내 컴퓨터에서 실행할 수 있습니다: pytest autograder/",
        "en": "The same checks run on your computer: pytest autograder/ --lang en",
    },
    "reported": {
        "ko": "GitHub Classroom에 보고한 점수: {points}/{max}점",
        "en": "reported to GitHub Classroom: {points}/{max} points",
    },
    "not_reported": {
        "ko": "GitHub Actions에서 실행한 것이 아니므로($GITHUB_OUTPUT 없음) 점수를 보고하지 않았습니다",
        "en": "not running on GitHub Actions ($GITHUB_OUTPUT is not set): nothing was reported",
    },
}


def say(key: str, lang: str, **params) -> str:
    """TEXT[key] in `lang`, its placeholders filled."""
    return i18n.say(TEXT, key, lang, **params)
