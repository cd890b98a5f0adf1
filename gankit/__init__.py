"""gankit: the week-1 GAN assignment kit (data, training, evaluation, release, grading).

The kit is layered: a part (a top-level module or a subpackage) imports only parts of lower
layers, never one above or beside it, and no module takes part in an import cycle
(tests/test_layers.py reads every import, lazy ones included). From the bottom:

 0 foundation   errors, i18n, paths, markers (solution regions), kit_files (what each audience
                receives), the package itself
 1 services     atomic (whole-file writes), submission (loading student modules), zips, csv_cells
                (spreadsheet-safe CSV), fingerprint
                (of the checks' files and reference data: it reads them, never imports them)
 2 core         checks (probes, judges, messages; what the grading worker loads of them imports
                only errors, i18n and submission, the files its sandbox binds), data (MNIST),
                runs (the run folder: names, config, checkpoints)
 3 capability   training, reporting, course (nbgrader notebook)
 4 composed     evaluation (training + reporting's rows), grading (the sandboxed batch grader)
 5 front        student (`gankit submit`), platforms (Gradescope, Classroom), inbox (mailbox
                intake, gradebooks), slides (the lecture deck, from course and reporting)
 6 packaging    release (skeletons, notebook, the student handout with the Classroom workflow)
 7 command      cli (the `gankit` command: subcommands by module name)
 8 entry        __main__

docs/architecture.md draws the same map and says what each part owns.
"""

LAYERS = (  # (name, parts) from the bottom; a new module or subpackage must be placed here
    ("foundation", ("gankit", "errors", "i18n", "paths", "markers", "kit_files")),
    ("services", ("atomic", "submission", "zips", "fingerprint", "csv_cells")),
    ("core", ("checks", "data", "runs")),
    ("capability", ("training", "reporting", "course")),
    ("composed", ("evaluation", "grading")),
    ("front", ("student", "platforms", "inbox", "slides")),
    ("packaging", ("release",)),
    ("command", ("cli",)),
    ("entry", ("__main__",)),
)
