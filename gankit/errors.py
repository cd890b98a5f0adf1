"""UserError: a mistake in how the kit was called, reported as one line, never a traceback."""


class UserError(Exception):
    """Bad input from a user (a path, a flag, a file); its message says what to do."""
