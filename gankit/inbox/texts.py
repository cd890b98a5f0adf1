"""Everything `gankit collect` and `gankit return` say, in Korean and English (the layout of gankit.i18n).

Instructors read the command output, manifest and gradebook; students read the feedback drafts.
"""
from gankit.errors import UserError
from gankit.i18n import current_lang, say

TEXTS = {
    # ---- errors (one line, says what to do) ------------------------------------------------------
    "mailbox not found": {
        "ko": "메일함 파일이 없습니다: {path}",
        "en": "mailbox not found: {path}"},
    "no .eml files": {
        "ko": "{folder}에 .eml 파일이 없습니다: mbox 파일이나 .eml 파일이 든 폴더를 주세요",
        "en": "no .eml files in {folder}: pass an mbox file or a folder of .eml files"},
    "not an mbox": {
        "ko": "{path}은(는) mbox 파일이 아닙니다 ('From ' 줄로 시작하지 않음): mbox 내보내기, .eml 파일, .eml 폴더 중 하나를 주세요",
        "en": "{path} is not an mbox file (it does not start with a 'From ' line): pass an mbox export, "
              "an .eml file or a folder of .eml files"},
    "roster not found": {
        "ko": "명단 파일이 없습니다: {path}",
        "en": "roster not found: {path}"},
    "roster encoding": {
        "ko": "{path}: UTF-8도 CP949도 아닙니다; 명단을 UTF-8 CSV로 저장하세요",
        "en": "{path}: neither UTF-8 nor CP949; save the roster as UTF-8 CSV"},
    "roster empty": {
        "ko": "{path}: 학생이 없습니다 (첫 줄은 student_id,name,email[,section] 머리글)",
        "en": "{path}: no students (the first line is the header student_id,name,email[,section])"},
    "roster columns": {
        "ko": "{path}: 없는 열: {missing} (찾은 열: {found}); 머리글은 student_id,name,email[,section] 또는 학번,이름,이메일[,분반]",
        "en": "{path}: missing column(s) {missing} (found: {found}); the header is student_id,name,email[,section] "
              "or 학번,이름,이메일[,분반]"},
    "roster bad id": {
        "ko": "{path}:{line}: 학번 {id!r}: 영문자, 숫자, '.', '_', '-'만 쓸 수 있습니다 (파일 이름이 됩니다)",
        "en": "{path}:{line}: student id {id!r}: use letters, digits, '.', '_' or '-' only (it names a file)"},
    "roster bad email": {
        "ko": "{path}:{line}: 이메일 주소가 아닙니다: {email!r}",
        "en": "{path}:{line}: not an e-mail address: {email!r}"},
    "roster duplicate": {
        "ko": "{path}:{line}: 학번 {id} 또는 이메일 {email}이(가) 명단에 두 번 있습니다; 한 줄만 남기세요",
        "en": "{path}:{line}: student id {id} or e-mail {email} appears twice; keep one row"},
    "bad deadline": {
        "ko": "--deadline {deadline!r}: \"2026-12-08 09:00\" 형식으로 쓰세요 (--tz 시간대 기준)",
        "en": "--deadline {deadline!r}: write it as \"2026-12-08 09:00\" (in the --tz time zone)"},
    "unknown time zone": {
        "ko": "--tz {tz!r}: 모르는 시간대입니다 (예: Asia/Seoul; Windows에서는 pip install 'gankit[inbox]')",
        "en": "--tz {tz!r}: unknown time zone (e.g. Asia/Seoul; on Windows: pip install 'gankit[inbox]')"},
    "out is a file": {
        "ko": "--out {out}은(는) 파일입니다; 폴더를 지정하세요",
        "en": "--out {out} is a file; pass a folder"},
    "out not ours": {
        "ko": "{out}은(는) 비어 있지 않고 gankit collect가 만든 폴더도 아닙니다; 다른 --out을 지정하세요",
        "en": "{out} is not empty and was not written by gankit collect; choose another --out"},
    "out differs": {
        "ko": "{out}에 이전 수집 결과가 있고 이번 결과와 파일 {count}개가 다릅니다; 바꾸려면 --force, 아니면 다른 --out",
        "en": "{out} holds an earlier collection that differs from this one in {count} file(s); "
              "pass --force to replace it, or choose another --out"},
    "bad late policy": {
        "ko": "--late-policy {policy!r}: none, 10%/day, zero-after=48h, 10%/day,zero-after=3d 중 하나처럼 쓰세요",
        "en": "--late-policy {policy!r}: write none, 10%/day, zero-after=48h, or 10%/day,zero-after=3d"},
    "no manifest": {
        "ko": "{subs}에 manifest.json이 없습니다: gankit collect가 만든 제출 폴더를 주세요",
        "en": "no manifest.json in {subs}: pass the submissions folder gankit collect wrote"},
    "no gradebook": {
        "ko": "{grades}에 gradebook.csv가 없습니다: 먼저 gankit grade {subs} --out {grades}를 실행하세요",
        "en": "no gradebook.csv in {grades}: run gankit grade {subs} --out {grades} first"},
    "scores encoding": {
        "ko": "{path}: UTF-8도 CP949도 아닙니다; 점수 파일을 UTF-8 CSV로 저장하세요",
        "en": "{path}: neither UTF-8 nor CP949; save the scores as UTF-8 CSV"},
    "scores columns": {
        "ko": "{path}: 필요한 열 {missing}이(가) 없습니다 ({expected})",
        "en": "{path}: missing column(s) {missing} ({expected})"},
    "scores value": {
        "ko": "{path}:{line}: 숫자가 아닙니다: {value!r}",
        "en": "{path}:{line}: not a number: {value!r}"},
    "scores unknown student": {
        "ko": "{path}:{line}: 명단에 없는 학번 {id}; 명단이나 점수 파일을 고치세요",
        "en": "{path}:{line}: student id {id} is not on the roster; fix the roster or the scores file"},
    # ---- manifest detail ---------------------------------------------------------------------------
    "note no date": {
        "ko": "보낸 시각을 알 수 없음 (Date와 Received 머리글이 없거나 잘못됨): 직접 확인하세요",
        "en": "no usable date (Date and Received headers missing or invalid): check it by hand"},
    "note date from": {
        "ko": "Date 머리글이 없거나 잘못되어 {header}의 시각을 씀",
        "en": "Date header missing or invalid: time taken from {header}"},
    "note unparsable": {
        "ko": "메일을 해석할 수 없음 ({error})",
        "en": "the message could not be parsed ({error})"},
    "note forwarded": {
        "ko": "{by}이(가) 전달한 메일: 원래 보낸 사람과 시각을 씀",
        "en": "forwarded by {by}: the original sender and time are used"},
    "note no attachments": {
        "ko": "첨부 파일 없음",
        "en": "no attachments"},
    "note other attachments": {
        "ko": "제출 파일(.zip, generator.py 등)이 아닌 첨부만 있음: {files}",
        "en": "attachments, none of them a submission (.zip, generator.py, ...): {files}"},
    "note several zips": {
        "ko": "zip이 여럿이고 어느 것이 제출물인지 알 수 없음: {files}",
        "en": "several zips and none clearly this student's: {files}"},
    "note zip names another": {
        "ko": "보낸 사람의 학번이 아닌 학번({ids})이 zip 이름에 있음",
        "en": "the zip is named after another student ({ids})"},
    "note sender not on roster": {
        "ko": "보낸 주소 {sender}은(는) 명단에 없음",
        "en": "sender {sender} is not on the roster"},
    "note loose ignored": {
        "ko": "zip을 채점하고 따로 첨부한 파일은 무시함: {files}",
        "en": "the zip is graded; the files attached beside it are not: {files}"},
    "note intake": {
        "ko": "채점할 수 없는 제출물: {problem}",
        "en": "nothing gradable: {problem}"},
    "duration": {
        "ko": "{hours}시간 {minutes}분",
        "en": "{hours} h {minutes} min"},
    "duration with days": {
        "ko": "{days}일 {hours}시간 {minutes}분",
        "en": "{days} d {hours} h {minutes} min"},
    # ---- gankit collect output ---------------------------------------------------------------------
    "collect counts": {
        "ko": "gankit collect: 메일 {messages}통 ({counts}); 마감 {deadline}",
        "en": "gankit collect: {messages} messages ({counts}); deadline {deadline}"},
    "collect students": {
        "ko": "  제출한 학생 {submitted}/{enrolled}명 (그중 지각 {late}명); 채점할 제출물 없음: {missing}",
        "en": "  {submitted}/{enrolled} enrolled students submitted ({late} of them late); nothing to grade from: {missing}"},
    "collect unknown": {
        "ko": "  명단에 없는 보낸 사람 (채점하지 않음): {sender} \"{subject}\" -> {file}",
        "en": "  not on the roster (not graded): {sender} \"{subject}\" -> {file}"},
    "collect wrote": {
        "ko": "{out}: {how}; 메일별 결과는 {manifest}. 다음: gankit grade {out} --out GRADES",
        "en": "{out}: {how}; every message is in {manifest}. Next: gankit grade {out} --out GRADES"},
    "how new": {"ko": "새로 씀", "en": "written"},
    "how unchanged": {"ko": "이전 수집과 같아 그대로 둠", "en": "unchanged (the same as the earlier collection)"},
    "how replaced": {"ko": "이전 수집을 바꿈 (--force)", "en": "replaced the earlier collection (--force)"},
    # ---- gankit return: gradebook statuses and output ----------------------------------------------
    "status graded": {"ko": "채점됨", "en": "graded"},
    "status no submission": {"ko": "제출 없음", "en": "no submission"},
    "status unreadable": {"ko": "읽을 수 없는 제출물", "en": "unreadable submission"},
    "status not graded": {"ko": "아직 채점 안 됨", "en": "not graded yet"},
    "late none": {"ko": "기한 내", "en": "on time"},
    "late by": {
        "ko": "{late} 지각, 감점 {percent}%",
        "en": "{late} late, {percent}% off"},
    "return wrote": {
        "ko": "gankit return: {students}명 -> {files}",
        "en": "gankit return: {students} students -> {files}"},
    "return not graded": {
        "ko": "  경고: 제출했지만 {grades}에 점수가 없는 학생 (빈 칸으로 둠; gankit grade를 다시 실행하세요): {ids}",
        "en": "  warning: submitted but not in {grades} (left blank; run gankit grade again): {ids}"},
    "return not on roster": {
        "ko": "  명단에 없어 LMS 파일에서 뺀 채점 결과: {ids}",
        "en": "  graded but not on the roster, left out of the LMS files: {ids}"},
    "return unknown senders": {
        "ko": "  명단에 없는 보낸 사람의 메일 {count}통은 채점하지 않았습니다: {manifest} 참고",
        "en": "  {count} message(s) from senders not on the roster were not graded: see {manifest}"},
    "return manual pending": {
        "ko": "  경고: 요약 셀이 아직 채점되지 않은 학생 (해당 점수 없이 합산): {ids}",
        "en": "  warning: summary cells still to be graded by hand (added without them): {ids}"},
    # ---- the feedback draft, for the student -------------------------------------------------------
    "draft subject": {
        "ko": "[{assignment}] 채점 결과: {final}/{max}",
        "en": "[{assignment}] your grade: {final}/{max}"},
    "draft greeting": {
        "ko": "{name} 학생, 안녕하세요.",
        "en": "Dear {name},"},
    "draft graded": {
        "ko": "{assignment} 채점 결과입니다: 자동 채점 {auto}/{auto_max}점{manual}, 합계 {raw}/{max}점.",
        "en": "here is the grade of {assignment}: autograder {auto}/{auto_max}{manual}, total {raw}/{max}."},
    "draft manual part": {
        "ko": ", 논문 요약 {points}/{max}점",
        "en": ", paper summary {points}/{max}"},
    "draft late": {
        "ko": "마감({deadline})보다 {late} 늦게 제출하여 {percent}% 감점했습니다: 최종 {final}/{max}점.",
        "en": "It was sent {late} after the deadline ({deadline}), so {percent}% was taken off: final {final}/{max}."},
    "draft on time": {
        "ko": "기한 내 제출: 최종 {final}/{max}점.",
        "en": "Sent on time: final {final}/{max}."},
    "draft no submission": {
        "ko": "마감({deadline})까지 {assignment} 제출물을 받지 못해 0점으로 기록했습니다. 제출했다면 이 메일에 답장해 주세요.",
        "en": "we received no submission of {assignment} by the deadline ({deadline}), so it is recorded as 0. "
              "If you did submit, please reply to this message."},
    "draft unreadable": {
        "ko": "보내 준 제출물을 읽을 수 없어 0점으로 기록했습니다 ({problem}). gankit submit으로 다시 묶어 답장해 주세요.",
        "en": "your submission could not be read, so it is recorded as 0 ({problem}). Please pack it again with "
              "gankit submit and reply to this message."},
    "draft attached": {
        "ko": "항목별 피드백은 첨부한 feedback.ko.txt(한국어)와 feedback.en.txt(영어)에 있습니다.",
        "en": "The feedback per check is attached: feedback.en.txt (English) and feedback.ko.txt (Korean)."},
}


def text(key: str, lang: str = None, **params) -> str:
    """TEXTS[key] in `lang` (default: $GANKIT_LANG, else Korean)."""
    return say(TEXTS, key, lang, **params)


class Refusal(UserError):
    """A UserError from TEXTS: said in $GANKIT_LANG, or again in a command's --lang (in_lang)."""

    def __init__(self, key: str, params: dict):
        super().__init__(say(TEXTS, key, current_lang(), **params))
        self.key, self.params = key, params

    def in_lang(self, lang: str) -> UserError:
        return UserError(say(TEXTS, self.key, lang, **self.params))


def in_lang(command, args) -> int:
    """command(args, lang) in the language of args.lang, refusals included."""
    lang = current_lang(args.lang)
    try:
        return command(args, lang)
    except Refusal as refusal:
        raise refusal.in_lang(lang) from None


def error(key: str, **params) -> Refusal:
    """The one-line refusal TEXTS[key] (raise it)."""
    return Refusal(key, params)


def duration(seconds: float, lang: str) -> str:
    """'1 d 2 h 5 min' / '1일 2시간 5분' (whole minutes, rounded up: one second late is late)."""
    minutes = int(-(-seconds // 60))
    days, hours = minutes // 1440, minutes // 60 % 24
    if days:
        return text("duration with days", lang, days=days, hours=hours, minutes=minutes % 60)
    return text("duration", lang, hours=hours, minutes=minutes % 60)


def detail(notes: list, lang: str, date_from: str = "Date") -> str:
    """The manifest's detail cell: every note of a message, joined."""
    from gankit.grading import messages

    parts = []
    for key, params in notes:
        if key == "note intake":
            params = {"problem": messages.note(params["key"], params["params"], lang)}
        parts.append(text(key, lang, **params))
    if date_from not in ("Date", ""):
        parts.append(text("note date from", lang, header=date_from))
    return "; ".join(parts)
