import numpy as np
import pytest

from starmind_edge.sampler import Sampler


def test_greedy_takes_the_best_token():
    assert Sampler()(np.array([0.1, 3.0, 2.0])) == 1


def test_banned_tokens_are_never_chosen():
    assert Sampler()(np.array([0.1, 3.0, 2.0]), banned=(1,)) == 2
    sampler = Sampler(temperature=5.0, seed=0)
    assert all(sampler(np.zeros(4), banned=(0, 3)) in (1, 2) for _ in range(200))


def test_top_k_limits_the_choices():
    sampler = Sampler(temperature=1.0, top_k=2, seed=1)
    picks = {sampler(np.array([0.0, 5.0, 4.9, 0.1])) for _ in range(300)}
    assert picks == {1, 2}


def test_the_same_seed_gives_the_same_tokens():
    logits = np.random.default_rng(0).normal(size=50)
    a = [Sampler(0.9, seed=7)(logits) for _ in range(1)] + [Sampler(0.9, seed=7)(logits)]
    assert a[0] == a[1]
    first, second = Sampler(0.9, seed=7), Sampler(0.9, seed=7)
    assert [first(logits) for _ in range(20)] == [second(logits) for _ in range(20)]


def test_sampling_follows_the_probabilities():
    sampler = Sampler(temperature=1.0, seed=2)
    picks = [sampler(np.log(np.array([0.7, 0.2, 0.1]))) for _ in range(3000)]
    assert abs(picks.count(0) / 3000 - 0.7) < 0.04


def test_bad_settings_are_explained():
    with pytest.raises(ValueError, match="temperature"):
        Sampler(temperature=-1)
    with pytest.raises(ValueError, match="top_k"):
        Sampler(top_k=-2)
