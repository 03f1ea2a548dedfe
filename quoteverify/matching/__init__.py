"""Stages 3-4: comparing quotes, the corpus index, variant groups and verdicts. Knows
nothing of how quotes were found.
"""
