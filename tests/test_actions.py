import random
import re
from pathlib import Path

from starmind_edge import actions
from starmind_edge.actions import (
    DEFAULT_MAX_SECONDS,
    DEFAULT_MAX_TOTAL_SECONDS,
    LONGEST_ACTION_SECONDS,
    MOST_BEEPS,
    VOCABULARY,
    Action,
    find_actions,
    find_calls,
    format_action,
    parse_action,
    parse_actions,
)
from trainer.curriculum import commands


def test_parses_every_action_in_the_vocabulary():
    assert parse_action("light(red, on)") == Action("light", ("red", "on"))
    assert parse_action("move(forward, 2)") == Action("move", ("forward", 2))
    assert parse_action("turn(left, 1)") == Action("turn", ("left", 1))
    assert parse_action("stop()") == Action("stop", ())
    assert parse_action("beep(3)") == Action("beep", (3,))
    assert parse_action("wait(1.5)") == Action("wait", (1.5,))


def test_numbers_are_numbers():
    action = parse_action(" move( backward ,3 ) ")
    assert action.args == ("backward", 3) and isinstance(action.args[1], int)


def test_drops_anything_outside_the_vocabulary():
    for text in [
        "fire(laser)",
        "light(purple, on)",
        "light(red, dim)",
        "move(up, 2)",
        "move(forward)",
        "move(forward, -1)",
        "move(forward, 1000)",
        "beep(2.5)",
        "beep(many)",
        "stop(now)",
        "wait()",
        "rm -rf /",
        "",
        "move(forward, 2",
    ]:
        assert parse_action(text) is None, text


def test_keeps_valid_actions_in_order():
    got = parse_actions(["move(forward, 2)", "dance(wildly)", "turn(left, 1)"])
    assert got == [Action("move", ("forward", 2)), Action("turn", ("left", 1))]


def test_action_prints_like_the_model_writes_it():
    assert str(Action("move", ("forward", 2))) == "move(forward, 2)"
    assert str(Action("stop")) == "stop()"


# ---- one action language: one finder of calls, one parser, one formatter, bounds with one meaning each -------------


def test_find_calls_splits_a_text_with_several_calls_in_order():
    text = "Okay! move(forward, 2) then Beep( 1 ) and dance(wildly), stop() light(red,on)"
    assert find_calls(text) == [
        ("move", ("forward", "2")),
        ("Beep", ("1",)),
        ("dance", ("wildly",)),
        ("stop", ()),
        ("light", ("red", "on")),
    ]
    assert find_calls("no actions here, really!") == []


def test_find_actions_keeps_the_valid_calls_read_as_parse_action_reads_one():
    text = "move(forward, 2) then dance(wildly) Beep(1) move(forward,,2) move(forward, 61) wait(0.5)"
    assert find_actions(text) == [Action("move", ("forward", 2)), Action("beep", (1,)), Action("wait", (0.5,))]
    for name, args in find_calls(text):  # each call found is exactly what parse_action makes of it alone
        alone = parse_action(format_action(name, *args))
        assert (alone in find_actions(text)) == (alone is not None)


def test_format_action_is_what_parse_action_reads_back():
    for action in [Action("move", ("backward", 3)), Action("light", ("blue", "off")), Action("stop"), Action("wait", (1.5,))]:
        assert parse_action(format_action(action.name, *action.args)) == action
        assert str(action) == format_action(action.name, *action.args)
    assert format_action("beep", 2) == "beep(2)" and format_action("stop") == "stop()"


def test_the_language_refuses_actions_longer_than_its_bounds():
    assert (LONGEST_ACTION_SECONDS, MOST_BEEPS) == (60, 20)
    for name in ("move(forward, {})", "turn(left, {})", "wait({})"):
        assert parse_action(name.format(60)) is not None
        assert parse_action(name.format(60.5)) is None and parse_action(name.format(61)) is None
    assert parse_action("beep(20)") == Action("beep", (20,)) and parse_action("beep(21)") is None


def test_the_robot_defaults_are_one_bound_each_and_inside_the_language():
    assert (DEFAULT_MAX_SECONDS, DEFAULT_MAX_TOTAL_SECONDS) == (10, 30)
    assert DEFAULT_MAX_SECONDS <= LONGEST_ACTION_SECONDS <= DEFAULT_MAX_TOTAL_SECONDS * 2
    assert not hasattr(actions, "MAX_SECONDS") and not hasattr(actions, "MAX_TIMES")


def test_only_actions_py_holds_a_pattern_for_action_calls():
    """The runtime finds calls in text in one place: no other module of the package compiles its own call pattern."""
    package = Path(actions.__file__).parent
    call_pattern = re.compile(r"re\.compile\([^\n]*\\\(\(?\[\^\(\)\]\*\)?\\\)")  # r"...\(([^()]*)\)", a call's brackets
    holders = sorted(p.name for p in package.rglob("*.py") if call_pattern.search(p.read_text(encoding="utf-8")))
    assert holders == ["actions.py"]
    for path in package.rglob("*.py"):
        assert not re.search(r"^MAX_(SECONDS|TIMES)\b", path.read_text(encoding="utf-8"), re.M), path


def _curriculum_commands(count: int, seed: int = 0):
    rng = random.Random(seed)
    return [commands.generate(rng) for _ in range(count)]


def test_every_action_the_commands_curriculum_writes_parses_back_to_the_same_action():
    examples = _curriculum_commands(400)
    seen = set()
    for ex in examples:
        parsed = parse_actions(ex.actions)
        assert len(parsed) == len(ex.actions), ex
        assert [format_action(a.name, *a.args) for a in parsed] == ex.actions, ex  # written exactly as it is read
        assert find_actions(" ".join(ex.actions)) == parsed  # the robot's way: all the calls in one text
        seen |= {a.name for a in parsed}
    assert seen == set(VOCABULARY)  # the sample teaches every action of the language


def test_the_curriculum_numbers_are_inside_the_language_at_many_seeds():
    for seed in range(20):
        rng = random.Random(seed)
        for _ in range(200):
            _, text, _ = commands.one_action(rng)
            assert parse_action(text) is not None, text
