"""The curriculum's output is pinned: the first 5,000 examples at seed 0 hash to a known digest.

A refactor of the curriculum must not change the data a model is trained on by accident. A change on purpose
updates the digest below and says so in trainer/DATA_CARD.md.
"""

import hashlib
import json

from trainer.curriculum.build import build

COUNT = 5000
SEED = 0
# sha256 of the canonical JSON of the first 5,000 examples at seed 0, built without an encyclopedia (as `build` does
# when there is none), so that the pin holds the curriculum's own code and tables, not facts.csv or the retriever.
DIGEST = "19b8217a91185ce20565e6edb4d5f9034467b43f89d06006f825c0053e162d2f"


def canonical_digest(examples: list[dict]) -> str:
    text = json.dumps(examples, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_the_first_5000_examples_at_seed_0_are_pinned(tmp_path):
    build(tmp_path, COUNT, seed=SEED, valid_count=0)
    lines = (tmp_path / "train.jsonl").read_text(encoding="utf-8").splitlines()
    examples = [json.loads(line) for line in lines]
    assert len(examples) == COUNT
    digest = canonical_digest(examples)
    assert digest == DIGEST, (
        f"The curriculum's output changed: the first {COUNT} examples at seed {SEED} now hash to {digest}, "
        f"not {DIGEST}. If that is on purpose, update DIGEST in tests/test_curriculum_pin.py and say what changed "
        "(and why) in trainer/DATA_CARD.md; if not, the change to the curriculum is a bug."
    )
