"""Batch grading of a class: each submission's checks run in a sandbox, judged in the trusted parent.

Modules, in the order a submission meets them: intake (unpack and stage), sandbox (how the worker
is started), worker (runs inside the sandbox), session (drives one worker), grade_one (one submission),
state (the grades folder: resume, backups), exports (gradebook, feedback, summary), cli;
dask_executor and parcels grade on a Dask cluster instead of local workers. The student's own
`gankit submit` is in gankit.student.
This file imports nothing: the worker imports it inside the sandbox.
"""
