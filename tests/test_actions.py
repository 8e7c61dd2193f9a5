from starmind_edge.actions import Action, parse_action, parse_actions


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
