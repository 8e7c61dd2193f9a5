"""Push-to-ask: press a button, a light blinks while the brain thinks, then the answer goes wherever you like.

    from starmind_edge import Starmind, PushToAsk
    button = PushToAsk(Starmind(), "Tell me a joke")
    button.when_answered = print      # or say, or robot.do, or your own function
    button.wait()

Without a Raspberry Pi (pretend pins), `PushToAsk.wait` lets you press Enter instead of the button.
"""

from __future__ import annotations

import inspect
import itertools
import threading
import traceback
from collections.abc import Callable

from . import pins
from ._console import show
from .safeguarding import tell_grown_ups

_ASK_LOCK = threading.RLock()  # one question at a time through these helpers, whichever button asked
QUIT_WORDS = ("q", "quit", "exit", "bye", "stop")


class ButtonJob:
    """What every button that sets the brain working shares: one job at a time in a thread of its own, `join()`,
    `wait()` for presses until Ctrl+C, and `close()` (or ``with``) to let go of the pins in `parts`."""

    button = light = None
    verbose = True

    def __init__(self):
        self._state = threading.Condition()
        self._busy = self._closed = False

    @property
    def busy(self) -> bool:
        """True while the brain is working on this button's question."""
        return self._busy

    def _start(self, work: Callable[[], None], name: str, first: Callable[[], None] | None = None) -> bool:
        """Run `work` in a new thread (after `first`, here), unless the last job is still running (then False)."""
        with self._state:
            if self._busy or self._closed:
                if self._busy and self.verbose:
                    show("⏳ Still thinking about the last question...")
                return False
            self._busy = True
        if first is not None:
            first()

        def job() -> None:
            try:
                work()
            finally:
                with self._state:
                    self._busy = False
                    self._state.notify_all()

        threading.Thread(target=job, name=name, daemon=True).start()
        return True

    def join(self, timeout: float | None = None) -> bool:
        """Wait until the current question is answered and done, at most ``timeout`` seconds (``None``, the default:
        as long as it takes). False if it timed out."""
        with self._state:
            return self._state.wait_for(lambda: not self._busy, timeout)

    def _wait_for_presses(self, keyboard: bool) -> None:
        """Let the button's callbacks work (or read Enter presses) until q, the end of input or Ctrl+C."""
        try:
            if keyboard:
                self._keyboard_presses()
            else:
                while not self._closed:
                    with self._state:
                        self._state.wait(0.5)  # short waits so Ctrl+C works everywhere
        except KeyboardInterrupt:
            show("👋 Bye!")

    def _keyboard_presses(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Let go of the button and the light."""
        with self._state:
            self._closed = True
            self._state.notify_all()
        for part in (self.button, self.light):
            try:
                pins.release(part)
            except Exception:
                pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class PushToAsk(ButtonJob):
    """A button that asks the brain a question chosen beforehand, with a "thinking" light.

    * ``brain``: a `Starmind` (made for you if you leave it out).
    * ``question``: the words to ask, a list of questions (asked in turn, press after press), or a
      function that returns the question. You can change ``.question`` at any time.
    * ``button``, ``light``: GPIO pins of the button and the thinking light (default GPIO 21 and 20, header pins
      40 and 38, as in hardware/README.md; ``light=None`` for none; ``button=None``: no button, press Enter or call
      `press()`).
    * ``when_answered``: a function to call with each answer, like gpiozero's ``when_pressed``.
      With no function, the answer is printed.
    * ``when_worried``: a function to call with the `Concern` when a question is something serious a grown-up
      should know about (a child saying they are hurt or unsafe; see SAFETY.md). Off by default.
    * ``verbose``: print each question as it is asked, and a note when a press comes while the brain is busy
      (default ``True``).

    The latest answer is kept in ``.answer``. A press while the brain is still thinking is ignored.
    """

    def __init__(
        self,
        brain=None,
        question=None,
        *,
        button=pins.BUTTON,
        light=pins.THINKING_LIGHT,
        when_answered: Callable | None = None,
        when_worried: Callable | None = None,
        verbose: bool = True,
    ):
        if brain is None:
            from .brain import Starmind

            brain = Starmind()
        self.brain = brain
        self.question = question
        self.when_answered, self.when_worried = when_answered, when_worried
        self.verbose = verbose
        super().__init__()
        self.answer = None
        self._turn = itertools.count()
        pins.setup_pins()
        from gpiozero import LED, Button

        try:
            if button is not None:
                self.button = pins.make("the ask button", [button], lambda: Button(button, bounce_time=0.05))
                self.button.when_pressed = self.press
            if light is not None:
                self.light = pins.make("the thinking light", [light], lambda: LED(light))
        except BaseException:
            self.close()
            raise

    def press(self) -> bool:
        """Ask now, as if the button was pressed. Returns False if still busy with the last question."""
        return self._start(self._work, "starmind-push-to-ask")

    def wait(self) -> None:
        """Keep answering button presses until the program is stopped (Ctrl+C, or Stop in Thonny).

        With pretend pins there is no button to press, so press Enter instead (or type a new question
        and press Enter); type q, or end the input, to finish.
        """
        try:
            self._wait_for_presses(self.button is None or pins.using_mock_pins())
        finally:
            self.join()

    def _keyboard_presses(self) -> None:
        show(
            "⌨️ No real button here: press Enter to pretend to press it (type a new question first if you like). Type q to finish."
        )
        while not self._closed:
            try:
                line = input().strip()
            except EOFError:
                return
            if line.lower() in QUIT_WORDS:
                return
            if line:
                self.question = line
            if self.button is not None:
                self.button.pin.drive_low()  # a pretend press: the same path as a real button
                self.button.pin.drive_high()
            else:
                self.press()
            self.join()

    def _next_question(self) -> str:
        question = self.question
        if callable(question):
            question = question()
        elif isinstance(question, (list, tuple)):
            question = question[next(self._turn) % len(question)] if question else None
        return " ".join(str(question).split()) if question is not None else ""

    def _work(self) -> None:
        try:
            question = self._next_question()
            if not question:
                show('🤔 I have no question to ask yet: give one, like PushToAsk(brain, "Tell me a joke").')
                return
            if self.verbose:
                show(f"❓ {question}")
            try:
                if self.light is not None:
                    self.light.blink(on_time=0.15, off_time=0.15)
                with _ASK_LOCK:
                    answer = self.brain.ask(question)
            finally:
                if self.light is not None:
                    self.light.off()
            self.answer = answer
            tell_grown_ups(self.when_worried, getattr(answer, "concern", None))
            handler = self.when_answered
            if handler is None:
                show(f"🧠 {answer}")
            else:
                _call(handler, answer)
        except Exception as err:
            show(f"😬 Something went wrong while answering: {type(err).__name__}: {err}")
            traceback.print_exc()


def _call(handler: Callable, answer) -> None:
    """Call ``handler(answer)``, or ``handler()`` if it takes nothing (like gpiozero does)."""
    try:
        inspect.signature(handler).bind(answer)
    except TypeError:
        handler()
    except ValueError:  # no signature available (some built-ins): try with the answer
        handler(answer)
    else:
        handler(answer)
