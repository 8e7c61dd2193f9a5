"""The kid encyclopedia: short facts in a child's words, gathered from sources (`sources/`), reviewed and written to
`facts.csv` (`collect.py`), then built into the bundle's SQLite FTS5 file by `starmind_edge.knowledge`."""
