"""Batch checks over folders of documents: parallel, resumable, with a corpus report.

Modules, one job each: `discovery` (which files), `cache` (results by content hash and engine
version), `worker` (one document, in a worker process), `terms` (the words behind the
signals), `parallel` (local process pool), `dask_run` (Dask cluster), `aggregate` (the corpus
view), `charts`, `report_html`, `tables`, `report_files` (CSV, XLSX, JSON), `run` (one run,
with progress and Ctrl+C: `run_batch(BatchOptions(...))`), `command` (the `simplifier batch`
command), `bench` (speed).
"""
