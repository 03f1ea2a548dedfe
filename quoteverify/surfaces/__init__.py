"""What users touch: records, rendering, the store, the CLI, Dask, spaCy, sources,
evaluation, the demo. Reads the model.
"""
