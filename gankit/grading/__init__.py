"""Batch grading of a class: each submission's checks run in a sandbox, judged in the trusted parent.

Modules, in the order a submission meets them: intake (unpack and stage), sandbox (how the worker
is started), worker (runs inside the sandbox), session (drives one worker), student (grade_one),
state (the grades folder: resume, backups), exports (gradebook, feedback, summary), cli.
This file imports nothing: the worker imports it inside the sandbox.
"""
