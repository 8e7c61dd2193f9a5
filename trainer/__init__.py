"""The Starmind trainer (Keras 3, TensorFlow backend): data, tokenizer, model, training, conversion, evaluation."""

# SQLite before TensorFlow: TensorFlow carries its own SQLite, without full-text search (FTS5), and an sqlite3 loaded
# after it would use that one, so the encyclopedia could be neither built nor searched.
import sqlite3  # noqa: F401
