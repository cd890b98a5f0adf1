"""E-mailed homework end to end: a class inbox -> `gankit collect` -> `gankit grade` -> `gankit return`.

The inbox (tests/inbox_class.py) holds 19 messages from a roster of seven: resubmissions, late
ones, a forward, Korean headers in three encodings, a CP949 file name, nested multiparts, a
message with no attachment, a corrupt zip, a zip bomb, a path escape, a stranger.
"""
import contextlib
import csv
import email
import io
from datetime import datetime
from email import policy

import pytest

import inbox_class
from hostile import harness
from gankit.cli import main
from gankit.errors import UserError
from gankit.i18n import LANGS, placeholders
from gankit.inbox import gradebook, late, mail, roster, texts, triage

# (n, sent, sender, student_id, status, late_by, file, found_by) of every message, as the mbox gives them
EXPECTED_MANIFEST = [
    ("1", "2026-12-04 08:00:00+09:00", "news@example.com", "", "no attachment", "", "", ""),
    ("2", "2026-12-05 10:00:00+09:00", "minjun@univ.ac.kr", "20230001", "superseded", "", ".held/002-20230001.zip", "e-mail"),
    ("3", "2026-12-06 09:00:00+09:00", "minjun@univ.ac.kr", "20230001", "superseded", "", ".held/003-20230001.zip", "e-mail"),
    ("4", "2026-12-06 12:00:00+09:00", "minjun@univ.ac.kr", "", "no attachment", "", "", ""),
    ("5", "2026-12-06 13:00:00+09:00", "ta@univ.ac.kr", "", "no attachment", "", "", ""),
    ("6", "2026-12-06 20:00:00+09:00", "haeun.kang@gmail.com", "20230006", "superseded", "", ".held/006/", "subject"),
    ("7", "2026-12-07 09:00:00+09:00", "stranger@example.com", "", "unknown sender", "", ".held/007-homework.zip", ""),
    ("8", "2026-12-07 10:00:00+09:00", "haeun.kang@gmail.com", "20230006", "unreadable", "", ".held/008/", "subject"),
    ("9", "2026-12-07 12:00:00+09:00", "haeun.kang@gmail.com", "20230006", "used", "", "20230006.zip", "file name"),
    ("10", "2026-12-07 18:00:00+09:00", "jiho@univ.ac.kr", "", "no attachment", "", "", ""),
    ("11", "2026-12-07 19:00:00+09:00", "jiho@univ.ac.kr", "20230003", "unreadable", "", ".held/011-20230003.zip", "e-mail"),
    ("12", "2026-12-07 20:00:00+09:00", "seoyeon@univ.ac.kr", "20230002", "used", "", "20230002/", "e-mail"),
    ("13", "2026-12-07 21:00:00+09:00", "sua@univ.ac.kr", "20230004", "unreadable", "", ".held/013-20230004.zip", "e-mail"),
    ("14", "2026-12-07 22:00:00+09:00", "doyun@univ.ac.kr", "20230005", "unreadable", "", ".held/014-20230005.zip", "e-mail"),
    ("15", "2026-12-07 23:00:00+09:00", "minjun@univ.ac.kr", "20230001", "used", "", "20230001.zip", "e-mail"),
    ("16", "2026-12-07 23:30:00+09:00", "doyun@univ.ac.kr", "20230005", "unreadable", "", ".held/016-20230005.zip", "e-mail"),
    ("17", "2026-12-08 10:30:00+09:00", "minjun@univ.ac.kr", "20230001", "late", "1 h 30 min", ".held/017-20230001.zip", "e-mail"),
    ("18", "2026-12-08 15:00:00+09:00", "jiho@univ.ac.kr", "20230003", "used", "6 h 0 min", "20230003.zip", "e-mail"),
    ("19", "2026-12-08 20:00:00+09:00", "seoyeon@univ.ac.kr", "20230002", "late", "11 h 0 min", ".held/019/", "e-mail"),
]
EXPECTED_DETAIL = {  # n -> the manifest's detail (English)
    "2": "Date header missing or invalid: time taken from Received",
    "3": "Date header missing or invalid: time taken from mbox From line",
    "8": "sender haeun.kang@gmail.com is not on the roster; nothing gradable: none of generator.py, "
         "discriminator.py, train_step.py was found",
    "10": "attachments, none of them a submission (.zip, generator.py, ...): report.pdf",
    "12": "forwarded by ta@univ.ac.kr: the original sender and time are used",
    "13": "nothing gradable: the file is not a readable zip archive",
    "14": "nothing gradable: the zip unpacks to more than 50 MiB",
    "16": "nothing gradable: the zip holds a path outside its own folder (../../generator.py); nothing was unpacked",
}
MANUAL_SCORES = "student_id,points,max_points\n20230001,30,40\n20230002,25,40\n20230003,36,40\n"
LATE_POLICY = "10%/day,zero-after=3d"


def manifest(subs):
    return list(csv.DictReader(io.StringIO((subs / "manifest.csv").read_text(encoding="utf-8"))))


def brief(row):
    return tuple(row[key] for key in ("n", "sent", "sender", "student_id", "status", "late_by", "file", "found_by"))


def collect(source, roster_csv, out, *options):
    return main(["collect", str(source), "--roster", str(roster_csv), "--deadline", inbox_class.DEADLINE,
                 "--out", str(out), "--lang", "en", *options])


@pytest.fixture(scope="module")
def inbox(tmp_path_factory):
    """(root, the mbox, the .eml folder, the roster, the solution's files, the mbox's SUBS)."""
    root = tmp_path_factory.mktemp("inbox")
    sources = inbox_class.sources(root / "sources")
    letters = inbox_class.messages(sources)
    mbox = inbox_class.write_mbox(root / "inbox.mbox", letters)
    eml = inbox_class.write_eml_folder(root / "eml", letters)
    roster_csv = inbox_class.write_roster(root / "roster.csv")
    assert collect(mbox, roster_csv, root / "subs") == 0
    return root, mbox, eml, roster_csv, sources, root / "subs"


def test_every_message_of_the_mbox_is_in_the_manifest_with_its_status(inbox):
    *_, subs = inbox
    rows = manifest(subs)
    assert [brief(row) for row in rows] == EXPECTED_MANIFEST
    assert {row["n"]: row["detail"] for row in rows if row["n"] in EXPECTED_DETAIL} == EXPECTED_DETAIL
    subjects = {row["n"]: row["subject"] for row in rows}  # RFC 2047 in UTF-8, EUC-KR and ks_c_5601-1987
    assert (subjects["15"], subjects["18"], subjects["9"]) == ("Re: [GAN 1주차] 과제 제출 (수정본)", "늦은 제출 박지호",
                                                               "최종 제출")


def test_the_eml_folder_gives_the_same_manifest_but_cannot_date_the_message_with_a_bogus_date(inbox, tmp_path):
    root, _, eml, roster_csv, _, subs = inbox
    assert collect(eml, roster_csv, tmp_path / "subs") == 0
    undated = [row for row in manifest(subs) if row["n"] == "3"][0]
    rows = manifest(tmp_path / "subs")
    assert [brief(row)[1:5] for row in rows[:-1]] == [row[1:5] for row in EXPECTED_MANIFEST if row[0] != "3"]
    last = rows[-1]  # no Date, no Received, no mbox From line: undatable, so never used
    assert (last["sender"], last["subject"], last["status"], last["sent"]) == (
        undated["sender"], undated["subject"], "unreadable", "")
    assert "no usable date" in last["detail"] and last["file"] == ".held/019-20230001.zip"


def test_the_submissions_folder_is_exactly_what_gankit_grade_reads(inbox):
    *_, sources, subs = inbox
    top = sorted(path.name for path in subs.iterdir())
    assert top == [".held", "20230001.zip", "20230002", "20230003.zip", "20230006.zip", "manifest.csv", "manifest.json"]
    assert sorted(path.name for path in (subs / "20230002").iterdir()) == sorted(sources["bad"])
    assert (subs / "20230002" / "train_step.py").read_bytes() == sources["bad"]["train_step.py"]  # bytes as mailed
    assert (subs / "20230001.zip").read_bytes() == inbox_class.zipped(sources["good"])


def test_collecting_again_changes_nothing_and_a_different_result_needs_force(inbox, capsys):
    root, mbox, _, roster_csv, _, subs = inbox
    before = {path: path.read_bytes() for path in subs.rglob("*") if path.is_file()}
    assert collect(mbox, roster_csv, subs) == 0
    assert "unchanged" in capsys.readouterr().out
    assert {path: path.read_bytes() for path in subs.rglob("*") if path.is_file()} == before
    earlier = ["--deadline", "2026-12-07 09:00"]  # argparse keeps the last --deadline
    assert collect(mbox, roster_csv, subs, *earlier) == 2
    assert "pass --force to replace it" in capsys.readouterr().err
    assert {path: path.read_bytes() for path in subs.rglob("*") if path.is_file()} == before
    assert collect(mbox, roster_csv, root / "other", *earlier, "--force") == 0  # a new folder needs no --force
    assert manifest(root / "other")[14]["status"] == "late"


def test_a_folder_collect_did_not_write_is_never_replaced(inbox, tmp_path, capsys):
    _, mbox, _, roster_csv, _, _ = inbox
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    assert collect(mbox, roster_csv, tmp_path / "mine", "--force") == 2
    assert "was not written by gankit collect" in capsys.readouterr().err
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"


@pytest.fixture(scope="module")
def returned(inbox):
    """The class graded (cheap checks) and returned with a late policy and the summary's manual scores;
    (the grades folder, what gankit return printed)."""
    root, *_, subs = inbox
    (root / "manual.csv").write_text(MANUAL_SCORES)
    assert harness.grade(subs, root / "grades", "--jobs", "2") == 0
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["return", str(subs), str(root / "grades"), "--late-policy", LATE_POLICY, "--manual-scores",
                     str(root / "manual.csv"), "--sender", "TA <ta@univ.ac.kr>", "--lang", "en"]) == 0
    return root / "grades", out.getvalue()


def test_return_names_the_missing_summary_score_and_the_stranger_it_did_not_grade(returned, inbox):
    _, printed = returned
    assert "summary cells still to be graded by hand (added without them): 20230006" in printed
    assert f'stranger@example.com "homework" -> {inbox[-1] / ".held/007-homework.zip"}' in printed


def test_the_class_gradebook_lists_every_enrolled_student_with_raw_and_final_points(returned):
    grades, _ = returned
    rows = list(csv.DictReader(io.StringIO((grades / "class_gradebook.csv").read_text(encoding="utf-8"))))
    got = [(r["student_id"], r["status"], r["late_by"], r["late_percent_off"], r["auto_points"], r["summary_points"],
            r["raw_points"], r["max_points"], r["final_points"]) for r in rows]
    assert got == [
        ("20230001", "graded", "", "0", "22", "30", "52", "62", "52"),
        ("20230002", "graded", "", "0", "14", "25", "39", "62", "39"),  # d_loss labels swapped: -8
        ("20230003", "graded", "6 h 0 min", "10", "22", "36", "58", "62", "52.2"),  # 1 started day late
        ("20230004", "unreadable submission", "", "0", "0", "0", "0", "62", "0"),
        ("20230005", "unreadable submission", "", "0", "0", "0", "0", "62", "0"),
        ("20230006", "graded", "", "0", "22", "0?", "22", "62", "22"),  # no manual score yet: flagged
        ("20230007", "no submission", "", "0", "0", "0", "0", "62", "0"),
    ]
    assert "not a readable zip" in rows[3]["detail"] and rows[3]["submission"] == ".held/013-20230004.zip"


def test_canvas_and_moodle_files_have_their_import_columns_and_every_student(returned):
    grades, _ = returned
    assert (grades / "canvas.csv").read_text(encoding="utf-8") == (
        "Student,ID,SIS User ID,SIS Login ID,Section,Week 1 GAN\n"
        "김민준,,20230001,,A,52\n이서연,,20230002,,A,39\n박지호,,20230003,,B,52.2\n최수아,,20230004,,B,0\n"
        "정도윤,,20230005,,B,0\n강하은,,20230006,,A,22\n윤시우,,20230007,,A,0\n")
    moodle = list(csv.reader(io.StringIO((grades / "moodle.csv").read_text(encoding="utf-8"))))
    assert moodle[0] == ["ID number", "Email address", "Full name", "Week 1 GAN", "Week 1 GAN feedback"]
    assert moodle[3] == ["20230003", "jiho@univ.ac.kr", "박지호", "52.2", "graded; 58/62; 6 h 0 min late, 10% off"]
    assert [row[3:] for row in moodle[4:]] == [["0", "unreadable submission"], ["0", "unreadable submission"],
                                               ["22", "graded; 22/62; on time"], ["0", "no submission"]]


def test_each_student_gets_a_draft_that_replies_to_their_submission_and_nothing_is_sent(returned):
    grades, _ = returned
    drafts = sorted(path.name for path in (grades / "drafts").iterdir())
    assert drafts == [f"2023000{n}.eml" for n in range(1, 8)]
    draft = email.message_from_bytes((grades / "drafts" / "20230003.eml").read_bytes(), policy=policy.default)
    assert (draft["To"], draft["From"], draft["In-Reply-To"], draft["X-Unsent"]) == (
        "박지호 <jiho@univ.ac.kr>", "TA <ta@univ.ac.kr>", "<m09@mail.example>", "1")
    assert draft["Subject"] == "[Week 1 GAN] 채점 결과: 52.2/62 / [Week 1 GAN] your grade: 52.2/62"
    body = draft.get_body().get_content()
    assert body.index("박지호 학생") < body.index("Dear 박지호")  # Korean first
    assert "6 h 0 min after the deadline (2026-12-08 09:00+09:00), so 10% was taken off: final 52.2/62" in body
    attached = {part.get_filename(): part.get_content() for part in draft.iter_attachments()}
    assert attached == {name: (grades / "students" / "20230003" / name).read_text(encoding="utf-8")
                        for name in ("feedback.ko.txt", "feedback.en.txt")}
    corrupt = email.message_from_bytes((grades / "drafts" / "20230004.eml").read_bytes(), policy=policy.default)
    assert "zip 파일을 읽을 수 없습니다" in corrupt.get_body().get_content()  # the Korean part says it in Korean
    missing = email.message_from_bytes((grades / "drafts" / "20230007.eml").read_bytes(), policy=policy.default)
    assert "received no submission" in missing.get_body().get_content() and not list(missing.iter_attachments())
    merge = list(csv.DictReader(io.StringIO((grades / "mail_merge.csv").read_text(encoding="utf-8"))))
    assert [row["email"] for row in merge] == [student[2] for student in inbox_class.ROSTER]


@pytest.mark.parametrize("spec, late_hours, percent", [
    ("none", 100, 0), ("10%/day", 0.01, 10), ("10%/day", 24, 10), ("10%/day", 24.01, 20), ("10%/day", 500, 100),
    ("zero-after=48h", 47.9, 0), ("zero-after=48h", 48.1, 100), ("10%/day,zero-after=3d", 71, 30),
    ("10%/day,zero-after=3d", 73, 100), ("10%/day", None, 0)])
def test_the_late_policy_takes_off_a_share_per_started_day_and_everything_after_the_cutoff(spec, late_hours, percent):
    assert late.parse(spec).percent_off(None if late_hours is None else late_hours * 3600) == pytest.approx(percent)


@pytest.mark.parametrize("spec", ["10%", "10%/week", "zero-after=2", "10%/day,10%/day", "150%/day", ""])
def test_a_late_policy_that_is_not_understood_is_refused(spec):
    with pytest.raises(UserError, match="--late-policy"):
        late.parse(spec)


@pytest.mark.parametrize("content, message", [
    ("id,name\n1,a\n", "missing column(s) email"),
    ("student_id,name,email\n2023 01,a,a@x\n", "student id '2023 01'"),
    ("student_id,name,email\n1,a,a@x\n2,b,A@x\n", "appears twice"),
    ("student_id,name,email\n1,a,not-an-address\n", "not an e-mail address"),
    ("student_id,name,email\n", "no students")])
def test_a_roster_a_gradebook_cannot_be_built_from_is_refused_with_its_line(tmp_path, content, message, monkeypatch):
    monkeypatch.setenv("GANKIT_LANG", "en")
    path = tmp_path / "roster.csv"
    path.write_text(content)
    with pytest.raises(UserError, match=message.replace("(", r"\(").replace(")", r"\)")):
        roster.read(path)


def test_a_roster_saved_by_korean_excel_in_cp949_is_read(tmp_path):
    path = tmp_path / "roster.csv"
    path.write_bytes("학번,이름,이메일,분반\n20230001,김민준,MinJun@Univ.ac.kr,A\n".encode("cp949"))
    assert roster.read(path) == [roster.Student("20230001", "김민준", "MinJun@Univ.ac.kr", "A")]


def test_bad_command_lines_get_one_line_that_says_what_to_do(inbox, tmp_path, capsys):
    _, mbox, _, roster_csv, _, _ = inbox
    (tmp_path / "notes.txt").write_text("hello")
    cases = [(["--deadline", "next tuesday"], "write it as"), (["--tz", "Mars/Olympus"], "unknown time zone"),
             (["--roster", str(tmp_path / "none.csv")], "roster not found")]
    for options, message in cases:
        assert collect(mbox, roster_csv, tmp_path / "out", *options) == 2
        assert message in capsys.readouterr().err
    assert collect(tmp_path / "notes.txt", roster_csv, tmp_path / "out") == 2
    assert "is not an mbox file" in capsys.readouterr().err
    assert main(["return", str(tmp_path), str(tmp_path), "--lang", "en"]) == 2
    assert "no manifest.json" in capsys.readouterr().err


def test_nbgrader_summary_cells_are_merged_and_ungraded_cells_flagged(tmp_path):
    cells = tmp_path / "grades_by_cell.csv"
    cells.write_text("student_id,notebook,cell,kind,score,max_score,needs_manual_grade\n"
                     "s1,week01_gan,generator-output,auto,4,4,0\ns1,week01_gan,summary-1,manual,3,4,0\n"
                     "s1,week01_gan,summary-2,manual,5,5,0\ns2,week01_gan,summary-1,manual,0,4,1\n"
                     "s2,week01_gan,summary-2,manual,2,5,0\n")
    assert gradebook.read_nbgrader_cells(cells, {"s1", "s2"}) == {"s1": (8.0, 9.0, False), "s2": (2.0, 9.0, True)}
    with pytest.raises(UserError):
        gradebook.read_nbgrader_cells(cells, {"s1"})


def test_manual_scores_saved_by_korean_excel_are_read_and_unreadable_ones_refused(tmp_path):
    scores = tmp_path / "manual.csv"
    scores.write_bytes("student_id,points,max_points,비고\n20230001,30,40,요약 좋음\n".encode("cp949"))
    assert gradebook.read_manual_points(scores, {"20230001"}) == {"20230001": (30.0, 40.0, False)}
    scores.write_bytes(b"student_id,points,max_points\n20230001,30,40\xff\xfe\n")
    with pytest.raises(UserError, match="CP949"):
        gradebook.read_manual_points(scores, {"20230001"})


def test_every_text_has_korean_and_english_with_the_same_placeholders():
    for key, sides in texts.TEXTS.items():
        assert set(sides) == set(LANGS), key
        assert placeholders(sides["ko"]) == placeholders(sides["en"]), key


def test_an_undated_message_in_a_gmail_mbox_is_dated_by_its_from_line(tmp_path):
    path = tmp_path / "Takeout.mbox"  # Gmail's From line carries a +0000 before the year
    path.write_bytes(b"From 1780000000000000001@xxx Tue Dec 08 00:30:00 +0000 2026\n"
                     b"From: a@b.c\nSubject: hw\n\nhello\n")
    [letter] = mail.read_export(path)
    assert (letter.sent.isoformat(), letter.date_from) == ("2026-12-08T00:30:00+00:00", "mbox From line")


def test_which_attachment_counts_when_a_message_holds_several(inbox):
    *_, sources, _ = inbox
    good = inbox_class.zipped(sources["good"])
    students = [roster.Student(sid, name, address, section) for sid, name, address, section in inbox_class.ROSTER]
    sent = datetime.fromisoformat("2026-12-07T09:00:00+09:00")

    def letter(n, *attachments):
        return mail.Letter(f"#{n}", sender="jiho@univ.ac.kr", subject="hw", sent=sent, message_id=f"<{n}>",
                           attachments=[mail.Attachment(name, data) for name, data in attachments])

    entries = triage.triage([
        letter(1, ("20230001.zip", good)),  # jiho mails minjun's zip: jiho's, with a note
        letter(2, ("20230001.zip", good), ("20230005.zip", good)),  # two zips, neither jiho's
        letter(3, ("old.zip", good), ("20230003.zip", good), ("generator.py", b"x = 1\n")),
    ], students, datetime.fromisoformat("2026-12-08T09:00:00+09:00"))
    assert [(e.student_id, e.status, list(e.files)) for e in entries] == [
        ("20230003", "superseded", ["20230001.zip"]), ("20230003", "unreadable", []),
        ("20230003", "used", ["20230003.zip"])]
    assert [[key for key, _ in e.notes] for e in entries] == [
        ["note zip names another"], ["note zip names another", "note several zips"], ["note loose ignored"]]
