"""Push-to-ask on mock pins: the button asks, the light blinks while thinking, answers go to the callback."""

from __future__ import annotations

import io
import threading
import time

import pytest

gpiozero = pytest.importorskip("gpiozero")
from gpiozero import Device  # noqa: E402
from gpiozero.pins.mock import MockFactory, MockPWMPin  # noqa: E402

from starmind_edge.actions import Action  # noqa: E402
from starmind_edge.answer import Answer  # noqa: E402
from starmind_edge.pins import WiringError  # noqa: E402
from starmind_edge.push_to_ask import PushToAsk  # noqa: E402
from starmind_edge.robot import RobotBody  # noqa: E402

BUTTON, LIGHT = 21, 20


@pytest.fixture
def factory():
    old = Device.pin_factory
    Device.pin_factory = MockFactory(pin_class=MockPWMPin)
    yield Device.pin_factory
    Device.pin_factory.reset()
    Device.pin_factory = old


class FakeBrain:
    """Answers after a pause, and notices if two questions are ever being answered at once."""

    def __init__(self, seconds: float = 0.05, fail: bool = False):
        self.seconds, self.fail = seconds, fail
        self.active = self.most_active = 0
        self.asked: list[str] = []
        self._count = threading.Lock()

    def ask(self, question: str) -> Answer:
        with self._count:
            self.active += 1
            self.most_active = max(self.most_active, self.active)
        try:
            time.sleep(self.seconds)
            if self.fail:
                raise RuntimeError("the model file is broken")
            self.asked.append(question)
            return Answer(f"answer to {question}", [Action("beep", (1,))])
        finally:
            with self._count:
                self.active -= 1


def press(factory, pin: int = BUTTON) -> None:
    factory.pin(pin).drive_low()  # buttons connect the pin to ground when pressed
    factory.pin(pin).drive_high()


def test_a_press_asks_and_the_answer_goes_to_the_callback(factory):
    got = []
    with PushToAsk(FakeBrain(seconds=0.4), "What is a baby cat called?", when_answered=got.append) as button:
        press(factory)
        assert button.busy
        assert button.join(5)
    assert got == ["answer to What is a baby cat called?"]
    assert got[0].actions == [Action("beep", (1,))] and button.answer is got[0]


def test_the_thinking_light_blinks_while_the_brain_runs_then_goes_off(factory):
    light = factory.pin(LIGHT)
    seen_during = []

    class Watched(FakeBrain):
        def ask(self, question):
            answer = super().ask(question)
            seen_during.append([s.state for s in light.states])
            return answer

    with PushToAsk(Watched(seconds=0.6), "hi", when_answered=lambda: None) as button:
        press(factory)
        button.join(5)
        assert light.state == 0
    during = seen_during[0]
    assert during.count(1) >= 2 and 0 in during[during.index(1) :]  # on, off, on again: blinking


def test_without_a_callback_the_answer_is_printed(factory, capsys):
    with PushToAsk(FakeBrain(), "Tell me a joke") as button:
        button.press()
        button.join(5)
    out = capsys.readouterr().out
    assert "❓ Tell me a joke" in out and "🧠 answer to Tell me a joke" in out


def test_callbacks_may_take_the_answer_or_nothing(factory):
    calls = []
    with PushToAsk(FakeBrain(), "q", light=None) as button:
        button.when_answered = lambda: calls.append("no args")
        button.press(), button.join(5)

        def with_answer(answer):
            calls.append(answer)

        button.when_answered = with_answer
        button.press(), button.join(5)
    assert calls == ["no args", "answer to q"]


def test_questions_can_be_a_list_a_function_or_changed(factory):
    brain = FakeBrain()
    with PushToAsk(brain, ["one", "two"], when_answered=print) as button:
        for _ in range(3):
            button.press(), button.join(5)
        button.question = lambda: "from a function"
        button.press(), button.join(5)
        button.question = "changed"
        button.press(), button.join(5)
    assert brain.asked == ["one", "two", "one", "from a function", "changed"]


def test_no_question_yet_is_explained(factory, capsys):
    brain = FakeBrain()
    with PushToAsk(brain) as button:
        button.press(), button.join(5)
    assert brain.asked == [] and "no question" in capsys.readouterr().out


def test_a_press_while_thinking_is_ignored(factory, capsys):
    brain = FakeBrain(seconds=0.3)
    with PushToAsk(brain, "q", when_answered=print) as button:
        assert button.press() is True
        assert button.press() is False
        press(factory)
        button.join(5)
    assert brain.asked == ["q"] and "Still thinking" in capsys.readouterr().out


def test_two_buttons_at_once_are_answered_one_after_the_other(factory):
    brain, got = FakeBrain(seconds=0.1), []
    first = PushToAsk(brain, "first", when_answered=got.append)
    second = PushToAsk(brain, "second", button=12, light=None, when_answered=got.append)
    threads = [threading.Thread(target=press, args=(factory, pin)) for pin in (BUTTON, 12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert first.join(5) and second.join(5)
    first.close(), second.close()
    assert sorted(got) == ["answer to first", "answer to second"]
    assert brain.most_active == 1  # never two at once


def test_errors_are_friendly_and_the_button_keeps_working(factory, capsys):
    brain = FakeBrain(fail=True)
    with PushToAsk(brain, "q", when_answered=print) as button:
        button.press(), button.join(5)
        assert factory.pin(LIGHT).state == 0 and not button.busy
        assert "went wrong" in capsys.readouterr().out

        def broken(answer):
            raise ValueError("oops in my code")

        brain.fail, button.when_answered = False, broken
        button.press(), button.join(5)
        assert "oops in my code" in capsys.readouterr().out
        button.when_answered = print
        button.press(), button.join(5)
    assert "answer to q" in capsys.readouterr().out


def test_the_answer_can_drive_the_robot(factory):
    with RobotBody(verbose=False, sleep=lambda s: None) as robot, PushToAsk(FakeBrain(), "beep please") as button:
        button.when_answered = robot.do
        press(factory)
        button.join(5)
    assert [s.state for s in factory.pin(16).states] == [0, 1, 0]


def test_a_pin_shared_with_the_robot_is_explained(factory):
    with RobotBody(verbose=False):
        with pytest.raises(WiringError, match="GPIO 16 is already used by the buzzer, so the thinking light"):
            PushToAsk(FakeBrain(), "q", light=16)
    with PushToAsk(FakeBrain(), "q"):  # the failed one let go of its button
        pass


def test_on_mock_pins_enter_presses_the_button(factory, monkeypatch, capsys):
    brain, got = FakeBrain(), []
    monkeypatch.setattr("sys.stdin", io.StringIO("\nA new question\n\nq\nnever asked\n"))
    with PushToAsk(brain, "first", when_answered=got.append) as button:
        button.wait()
    assert brain.asked == ["first", "A new question", "A new question"]
    assert len(got) == 3 and "press Enter" in capsys.readouterr().out


def test_wait_ends_when_the_input_ends(factory, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    brain = FakeBrain()
    with PushToAsk(brain, "only", when_answered=print) as button:
        button.wait()
    assert brain.asked == ["only"]


# ---- with the real brain, once the bundled model is there -------------------------------------------------


@pytest.fixture(scope="module")
def brain():
    try:
        from starmind_edge import Starmind

        return Starmind()
    except Exception as err:  # the model is not built yet
        pytest.skip(f"no bundled model: {err}")


def test_concurrent_asks_with_the_real_brain_do_not_interleave(factory, brain):
    questions = ["hello", "go forward for 2 seconds then beep twice"]
    alone = [brain.ask(q) for q in questions]
    got: dict[str, Answer] = {}
    buttons = [
        PushToAsk(brain, q, button=pin, light=None, when_answered=lambda a, q=q: got.__setitem__(q, a))
        for q, pin in zip(questions, (BUTTON, 12), strict=True)
    ]
    threads = [threading.Thread(target=press, args=(factory, pin)) for pin in (BUTTON, 12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for button in buttons:
        assert button.join(60)
        button.close()
    assert [str(got[q]) for q in questions] == [str(a) for a in alone]
    assert [got[q].actions for q in questions] == [a.actions for a in alone]
