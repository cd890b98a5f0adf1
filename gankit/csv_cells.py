"""CSV files an instructor opens in a spreadsheet: every text cell kept from being read as a formula."""
import csv
import io

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what makes a spreadsheet run a cell


def safe_cell(text: str) -> str:
    """A text cell a spreadsheet will not run as a formula (an id or subject like '=HYPERLINK(...)')."""
    return "'" + text if text[:1] in FORMULA_STARTS else text


def spreadsheet_text(raw: bytes):
    """A CSV file's text as Excel saves it: UTF-8 (with or without BOM), else CP949 (Korean Windows), else None."""
    for encoding in ("utf-8-sig", "cp949"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            pass
    return None


def csv_text(header, rows) -> str:
    """CSV with every text cell passed through safe_cell."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([safe_cell(cell) if isinstance(cell, str) else cell for cell in row] for row in rows)
    return out.getvalue()
