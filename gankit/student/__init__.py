"""The student's verbs (today `gankit submit`), kept apart from the instructor's grading and release.

They reuse the grader's reading of a submission (gankit.grading.intake) so that what a student packs
is exactly what the grader reads.
"""
