"""Reporting: a markdown/HTML page per run with its grids, curves, metrics and an automatic analysis."""
