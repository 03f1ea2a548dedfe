"""Stage 1: from raw text to quote spans (marks, spans, paragraphs, sentences, kinds,
normalisation, cleaning). Knows nothing of speakers.
"""
