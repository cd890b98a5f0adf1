"""nbgrader's ClearSolutions with the kit's stubs, so the released notebook's code equals assignments/.

nbgrader would put `raise NotImplementedError()` in every solution region, and the checks would
then report "not implemented yet: __init__" where `pytest autograder/` says "Generator.__init__".
This preprocessor swaps each region of a code cell with gankit.markers.strip_solutions,
the function that writes assignments/; a quiz answer cell (whose default line sits above its
region) just loses the region. Markdown cells keep nbgrader's handling (ClearSolutions.text_stub).
"""
from nbgrader.preprocessors import ClearSolutions

from gankit.markers import BEGIN, END, strip_solutions

QUIZ_ANSWER = "answer-"  # grade_id prefix of the quiz answer cells (gankit.course.notebook)


class NamedStubs(ClearSolutions):
    """ClearSolutions whose Python stubs are the skeleton's: raise NotImplementedError("Generator.__init__: ...")."""

    def _replace_solution_region(self, cell, language):
        if cell.cell_type != "code" or language != "python" or BEGIN not in cell.source:
            return super()._replace_solution_region(cell, language)
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", "cell")
        if grade_id.startswith(QUIZ_ANSWER):
            lines = cell.source.splitlines()
            start = lines.index(BEGIN)
            cell.source = "\n".join(lines[:start] + lines[lines.index(END, start) + 1:])
        else:
            cell.source = strip_solutions(cell.source, f"{grade_id}.py")
        return True
