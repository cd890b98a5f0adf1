"""What `gankit submit` tells the student, in Korean and English (the layout of gankit.i18n)."""

SUBMIT = {  # `gankit submit`, for students
    "bad_id": {
        "ko": "학번 {id!r}: 영문자, 숫자, '.', '_', '-'만 쓰세요 (예: 학번)",
        "en": "student id {id!r}: use letters, digits, '.', '_' or '-' (e.g. your student number)",
    },
    "no_folder": {
        "ko": "과제 폴더가 없습니다: {folder} (--folder DIR로 지정하세요)",
        "en": "assignment folder not found: {folder} (pass --folder DIR)",
    },
    "missing": {"ko": "{folder}에 없는 파일: {files}", "en": "missing in {folder}: {files}"},
    "too_large": {
        "ko": "{file}이(가) {mib} MiB보다 큽니다: 코드와 요약만 제출합니다",
        "en": "{file} is larger than {mib} MiB: only the code and the summary are submitted",
    },
    "binary": {
        "ko": "{file}은(는) 텍스트 파일이 아닙니다: 일반 텍스트로 저장하세요",
        "en": "{file} is not a text file: save it as plain text",
    },
    "not_utf8": {
        "ko": "{file}이(가) UTF-8로 저장되어 있지 않습니다 (한글 Windows 편집기는 CP949로 저장하곤 합니다): UTF-8로 저장하세요",
        "en": "{file} is not saved as UTF-8 (Korean Windows editors often save CP949): save it as UTF-8",
    },
    "self_check": {
        "ko": "{folder} 자가 점검 (채점기와 같은 검사):",
        "en": "self-check of {folder} (the same checks as the grader):",
    },
    "summary_unwritten": {
        "ko": "paper_summary.md에 아직 \"여기에 작성하세요\"가 남은 절: {sections}",
        "en": "paper_summary.md sections that still hold the template's \"write your answer here\" line: {sections}",
    },
    "summary_report_block": {
        "ko": "8절의 gankit report 블록은 자동 보고서일 뿐 여러분의 분석이 아닙니다: 블록 밖에 직접 분석을 쓰세요",
        "en": "the gankit report block in §8 is a generated report, not your analysis: write your own analysis "
              "outside it",
    },
    "packed": {"ko": "{zip}에 묶은 파일:", "en": "packed into {zip}:"},
    "not_packed": {
        "ko": "묶지 않은 파일 (위 파일만 채점합니다): {files}",
        "en": "not packed (only the files above are graded): {files}",
    },
    "replaced": {"ko": "이전 {zip}을(를) 바꿨습니다", "en": "replaced the earlier {zip}"},
    "done": {
        "ko": "이 파일을 제출하세요: {zip} ({size} KB, 자가 점검 {points}/{max})",
        "en": "submit this file: {zip} ({size} KB, self-check {points}/{max})",
    },
}
