"""Bulk import of article archives: read files (readers), check records (validation), find
duplicates and syndicated copies (dedupe), store them in resumable chunks and extract their
quotes in claimed batches (batches), and report progress (progress).

Everything that runs in the background is driven by status columns on ImportBatch and Article,
claimed with conditional UPDATEs, so a worker killed at any moment loses nothing: its claims go
stale and the next worker picks them up (see batches.release_stale_claims).
"""
