"""Stage 2: who said each quote (mentions, the attribution rule table and its ranker,
identity). Reads the text layer; knows nothing of matching.
"""
