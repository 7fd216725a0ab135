"""The review layer: what reviewers decided about each suggestion, and where it is kept."""
