"""The course's homework inbox, instructor side: e-mailed submissions in, LMS grades and feedback out.

    gankit collect MAILBOX --roster roster.csv --deadline "2026-12-08 09:00" --out SUBS
    gankit grade SUBS --out GRADES
    gankit return SUBS GRADES [--late-policy 10%/day] [--manual-scores scores.csv]

A layer above gankit.grading (which it reads through its files and intake rules; grading never
imports it). `mail` reads a mailbox export, `roster` the class list, `sort` decides which message
counts for whom, `folder` writes the submissions folder `gankit grade` reads, `late` is the late
policy, `gradebook` the class gradebook, `lms` the Canvas and Moodle files (through `gankit.csv_cells`,
formula-safe CSV), `drafts` the feedback e-mails; `texts` holds every sentence they print.
"""
