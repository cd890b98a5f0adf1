"""CSV files an instructor opens in a spreadsheet: every text cell kept from being read as a formula."""
import csv
import io


def csv_text(header, rows) -> str:
    """CSV with every text cell safe from spreadsheet formulas (a subject like '=HYPERLINK(...)')."""
    from gankit.grading.exports import _cell

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([_cell(cell) if isinstance(cell, str) else cell for cell in row] for row in rows)
    return out.getvalue()
