"""A class inbox for the tests of `gankit collect` / `gankit return`: a roster of seven and 19
messages as a real class sends them, written as an mbox file and as a folder of .eml files.

Built only with the standard library's email package; headers a modern mailer would not write
(EUC-KR and ks_c_5601-1987 encoded words, a CP949 RFC 2231 file name, no Date or a bogus one) are
put into the bytes afterwards, where a placeholder stood.
"""
import base64
import io
import mailbox
import types
import urllib.parse
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from conftest import CORPUS, build_variant, load_case

from gankit import paths

KST = timezone(timedelta(hours=9))
DEADLINE = "2026-12-08 09:00"  # Asia/Seoul
TA = "ta@univ.ac.kr"
ROSTER = [  # student_id, name, email, section
    ("20230001", "김민준", "minjun@univ.ac.kr", "A"),
    ("20230002", "이서연", "seoyeon@univ.ac.kr", "A"),
    ("20230003", "박지호", "jiho@univ.ac.kr", "B"),
    ("20230004", "최수아", "sua@univ.ac.kr", "B"),
    ("20230005", "정도윤", "doyun@univ.ac.kr", "B"),
    ("20230006", "강하은", "haeun@univ.ac.kr", "A"),
    ("20230007", "윤시우", "siwoo@univ.ac.kr", "A"),
]
SUBMISSION_FILES = ("generator.py", "discriminator.py", "train_step.py", "paper_summary.md")
BOMB_MIB = 51  # unpacks past gankit grade's 50 MiB cap (limits.ZIP_MIB), ~50 KB when deflated


def write_roster(path: Path) -> Path:
    lines = ["학번,이름,이메일,분반"] + [",".join(row) for row in ROSTER]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")  # as Excel saves UTF-8 CSV
    return path


def sources(root: Path) -> dict:
    """{variant: {file name: bytes}}: the solution, and d_loss with swapped labels."""
    good = build_variant(types.SimpleNamespace(), root / "good")
    bad = build_variant(load_case(CORPUS / "bugs" / "dl_swapped_labels"), root / "bad")
    summary = (paths.SOLUTION_DIR / "paper_summary.md").read_bytes()
    return {name: {**{f: (folder / f).read_bytes() for f in SUBMISSION_FILES[:3]}, "paper_summary.md": summary}
            for name, folder in (("good", good), ("bad", bad))}


def zipped(files: dict, prefix: str = "") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(zipfile.ZipInfo(prefix + name, date_time=(2026, 12, 1, 0, 0, 0)), data,  # fixed bytes
                             compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _message(number, sender, subject, sent, to="hw@univ.ac.kr"):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    if sent is not None:
        msg["Date"] = sent.strftime("%a, %d %b %Y %H:%M:%S %z")
    msg["Message-ID"] = f"<m{number:02d}@mail.example>"
    return msg


def _zip_part(msg, data, name="submission.zip"):
    msg.add_attachment(data, maintype="application", subtype="zip", filename=name)


def messages(src: dict) -> list:
    """[(from-line time, message bytes)] in the order the mailbox holds them, and what each tests."""
    good, bad = src["good"], src["bad"]
    at = lambda day, hour, minute=0: datetime(2026, 12, day, hour, minute, tzinfo=KST)  # noqa: E731
    out = []

    def add(msg, when, replace=()):
        data = msg.as_bytes(policy=policy.default)
        for old, new in replace:
            assert data.count(old) == 1, old
            data = data.replace(old, new)
        out.append((when, data))

    # 1 minjun: an early buggy try; no Date header, a Received header dates it -> superseded
    m = _message(1, "김민준 <minjun@univ.ac.kr>", "[GAN 1주차] 과제 제출", None)
    m["Received"] = "from mx.univ.ac.kr by hw.univ.ac.kr; Sat, 05 Dec 2026 10:00:00 +0900"
    m.set_content("첫 제출입니다.")
    _zip_part(m, zipped(bad), "20230001.zip")
    add(m, at(5, 10))
    # 2 minjun: the final one, nested multiparts (alternative text/html inside mixed) -> used
    m = _message(2, "=?utf-8?b?6rmA66+87KSA?= <MinJun@Univ.ac.kr>", "Re: [GAN 1주차] 과제 제출 (수정본)", at(7, 23))
    m.set_content("수정본을 보냅니다.")
    m.add_alternative("<p>수정본을 보냅니다.</p>", subtype="html")
    _zip_part(m, zipped(good), "20230001.zip")
    add(m, at(7, 23))
    # 3 minjun: once more, 1 h 30 min after the deadline -> late
    m = _message(3, "minjun@univ.ac.kr", "[GAN 1주차] 다시 제출", at(8, 10, 30))
    m.set_content("오타를 고쳤습니다.")
    _zip_part(m, zipped(good), "20230001.zip")
    add(m, at(8, 10, 30))
    # 4 minjun: a question, no attachment
    m = _message(4, "minjun@univ.ac.kr", "질문이 있습니다", at(6, 12))
    m.set_content("학습이 너무 느립니다.")
    add(m, at(6, 12))
    # 5 minjun: a bogus Date: the mbox From line dates it (superseded); as .eml it cannot be dated
    m = _message(5, "minjun@univ.ac.kr", "[GAN 1주차] 제출", None)
    m["Date"] = "sometime next week"
    m.set_content("제출")
    _zip_part(m, zipped(bad), "20230001.zip")
    add(m, at(6, 9))
    # 6 seoyeon's loose files, sent to the TA in time and forwarded after the deadline -> used
    inner = _message(60, "이서연 <seoyeon@univ.ac.kr>", "GAN 과제 이서연", at(7, 20), to=TA)
    inner.set_content("과제 파일입니다.")
    for name, data in bad.items():
        inner.add_attachment(data, maintype="text", subtype="x-python" if name.endswith(".py") else "markdown",
                             filename=name)
    m = _message(6, f"조교 <{TA}>", "Fwd: GAN 과제 이서연", at(8, 11))
    m.set_content("잘못 온 과제를 전달합니다.")
    m.add_attachment(BytesParser(policy=policy.default).parsebytes(inner.as_bytes(policy=policy.default)))
    add(m, at(8, 11))
    # 7 seoyeon: loose files again, after the deadline -> late
    m = _message(7, "seoyeon@univ.ac.kr", "GAN 과제 다시", at(8, 20))
    m.set_content("다시 보냅니다.")
    for name in ("generator.py", "discriminator.py", "train_step.py"):
        m.add_attachment(good[name], maintype="text", subtype="x-python", filename=name)
    add(m, at(8, 20))
    # 8 jiho: a PDF report only, in time -> no attachment
    m = _message(8, "jiho@univ.ac.kr", "보고서", at(7, 18))
    m.set_content("보고서 첨부")
    m.add_attachment(b"%PDF-1.4\n", maintype="application", subtype="pdf", filename="report.pdf")
    add(m, at(7, 18))
    # 9 jiho: the solution, 6 h late, subject in EUC-KR -> used (late)
    m = _message(9, "jiho@univ.ac.kr", "SUBJECT-9", at(8, 15))
    m.set_content("늦어서 죄송합니다.")
    _zip_part(m, zipped(good), "20230003.zip")
    add(m, at(8, 15), [(b"Subject: SUBJECT-9", b"Subject: =?euc-kr?B?" +
                        base64.b64encode("늦은 제출 박지호".encode("euc-kr")) + b"?=")])
    # 10 sua: a corrupt zip -> unreadable
    m = _message(10, "sua@univ.ac.kr", "과제 제출 최수아", at(7, 21))
    m.set_content("제출합니다.")
    _zip_part(m, zipped(good)[:300], "20230004.zip")
    add(m, at(7, 21))
    # 11 doyun: a zip bomb -> unreadable
    m = _message(11, "doyun@univ.ac.kr", "과제", at(7, 22))
    m.set_content("제출")
    _zip_part(m, zipped({**good, "data.bin": bytes(BOMB_MIB * 2**20)}), "20230005.zip")
    add(m, at(7, 22))
    # 12 doyun: a zip whose member escapes its folder -> unreadable
    m = _message(12, "doyun@univ.ac.kr", "과제 다시", at(7, 23, 30))
    m.set_content("제출")
    _zip_part(m, zipped({**good, "../../generator.py": b"x = 1\n"}), "20230005.zip")
    add(m, at(7, 23, 30))
    # 13 haeun from a personal address, identified by the subject; loose files in time -> superseded
    m = _message(13, "haeun.kang@gmail.com", "20230006 과제 제출", at(6, 20))
    m.set_content("제출합니다.")
    for name, data in good.items():
        m.add_attachment(data, maintype="text", subtype="plain", filename=name)
    add(m, at(6, 20))
    # 14 haeun: the summary alone, in time -> unreadable (nothing to grade), never supersedes
    m = _message(14, "haeun.kang@gmail.com", "20230006 요약", at(7, 10))
    m.set_content("요약만 보냅니다.")
    m.add_attachment(good["paper_summary.md"], maintype="text", subtype="markdown", filename="paper_summary.md")
    add(m, at(7, 10))
    # 15 haeun: a folder zipped, its name in CP949 (RFC 2231), subject in ks_c_5601-1987 -> used
    m = _message(15, "haeun.kang@gmail.com", "SUBJECT-15", at(7, 12))
    m.set_content("최종본")
    _zip_part(m, zipped(good, "week01_gan/"), "PLACEHOLDER.zip")
    add(m, at(7, 12), [(b"Subject: SUBJECT-15", b"Subject: =?ks_c_5601-1987?B?" +
                        base64.b64encode("최종 제출".encode("cp949")) + b"?="),
                       (b'filename="PLACEHOLDER.zip"', b"filename*=cp949''" + urllib.parse.quote_from_bytes(
                           "과제1_20230006.zip".encode("cp949")).encode())])
    # 16 a stranger's zip -> unknown sender
    m = _message(16, "stranger@example.com", "homework", at(7, 9))
    m.set_content("hw")
    _zip_part(m, zipped(good), "homework.zip")
    add(m, at(7, 9))
    # 17 a newsletter -> no attachment
    m = _message(17, "news@example.com", "=?utf-8?b?7J2064uI7Iqk?= weekly", at(4, 8))
    m.set_content("news")
    add(m, at(4, 8))
    # 18 the TA's reply to minjun -> no attachment
    m = _message(18, TA, "Re: 질문이 있습니다", at(6, 13))
    m.set_content("CPU에서는 느립니다.")
    add(m, at(6, 13))
    # 19 jiho: the zip named after the course, in time, but empty -> unreadable
    m = _message(19, "jiho@univ.ac.kr", "과제", at(7, 19))
    m.set_content("제출")
    _zip_part(m, zipped({}), "20230003.zip")
    add(m, at(7, 19))
    return out


def write_mbox(path: Path, letters: list) -> Path:
    box = mailbox.mbox(path)
    for when, data in letters:
        message = mailbox.mboxMessage(data)
        message.set_from("MAILER-DAEMON", when.astimezone(timezone.utc).timetuple())
        box.add(message)
    box.close()
    return path


def write_eml_folder(folder: Path, letters: list) -> Path:
    folder.mkdir(parents=True)
    for number, (_, data) in enumerate(letters, 1):
        (folder / f"{number:03d}.eml").write_bytes(data)
    return folder
