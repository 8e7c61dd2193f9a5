"""Push-to-talk: hold the button and talk; let go, and the robot says its answer and does what you asked.

    from starmind_edge import RobotBody, Starmind, TalkButton
    button = TalkButton(Starmind(), robot=RobotBody())
    button.wait()

While the button is held the light is on (listening) and the motors and buzzer are off, so the robot hears you and
not itself; after you let go the light blinks while the brain thinks. Without a Raspberry Pi (pretend pins), press
Enter to start talking and Enter again to stop.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from . import pins
from ._console import show
from .ears import DIDNT_CATCH, Ears
from .errors import StarmindError
from .push_to_ask import _ASK_LOCK, QUIT_WORDS, ButtonJob, _call
from .safeguarding import tell_grown_ups
from .speech import say

SAY_IT_AGAIN = "I think you asked me to move, but I'm not sure I heard you. Say it again, like: go forward two seconds."


class TalkButton(ButtonJob):
    """A button to hold while you talk to the robot.

    * ``brain``: a `Starmind`; ``ears``: an `Ears` (each made for you if you leave it out).
    * ``robot``: a `RobotBody` to do what was asked (``None``: answers are only spoken).
    * ``button``, ``light``: GPIO pins of the button and the listening light (default GPIO 21 and 20, header pins
      40 and 38, as in hardware/README.md; ``light=None`` for none).
    * ``when_heard``: a function called with what was heard (a `Heard`), before the brain answers.
    * ``when_answered``: a function called with each answer, after it is spoken and done.
    * ``when_worried``: a function called with the `Concern` when a child says something serious (see SAFETY.md).

    ``.heard`` and ``.answer`` keep the latest ones. A press while the robot moves stops it and listens; a press while
    the brain is still thinking is ignored. The robot moves only for what the ears heard as one of its commands
    (``heard.command``): other words that would move it get "say it again" instead.
    """

    def __init__(
        self,
        brain=None,
        ears=None,
        robot=None,
        *,
        button=pins.BUTTON,
        light=pins.THINKING_LIGHT,
        when_heard: Callable | None = None,
        when_answered: Callable | None = None,
        when_worried: Callable | None = None,
    ):
        if brain is None:
            from .brain import Starmind

            brain = Starmind()
        self.brain, self.ears, self.robot = brain, ears or Ears(), robot
        self.when_heard, self.when_answered, self.when_worried = when_heard, when_answered, when_worried
        super().__init__()
        self.heard = self.answer = None
        self._held = threading.Event()
        pins.setup_pins()
        from gpiozero import LED, Button

        try:
            self.button = pins.make("the talk button", [button], lambda: Button(button, bounce_time=0.05))
            self.button.when_pressed, self.button.when_released = self.press, self.release
            if light is not None:
                self.light = pins.make("the listening light", [light], lambda: LED(light))
        except BaseException:
            self.close()
            raise

    def press(self) -> bool:
        """Start listening, as if the button was pressed. Returns False if still busy with the last question."""
        if self.robot is not None:
            self.robot._cancel()  # motors and buzzer off: the robot must hear the child, not itself
            self.join(1)  # the last answer's actions end at once, so a press while it moves starts listening
        return self._start(self._work, "starmind-talk-button", first=self._start_listening)

    def _start_listening(self) -> None:
        self._held.set()
        if self.light is not None:
            self.light.on()

    def release(self) -> None:
        """Stop listening, as if the button was let go: what was heard goes to the brain."""
        self._held.clear()

    def wait(self) -> None:
        """Keep listening each time the button is held, until the program is stopped (Ctrl+C, or Stop in Thonny).

        With pretend pins, press Enter to start talking and Enter again to stop; type q, or end the input, to finish.
        """
        try:
            self._wait_for_presses(pins.using_mock_pins())
        finally:
            self.release()
            self.join()

    def _keyboard_presses(self) -> None:
        show("⌨️ No real button here: press Enter to start talking, and Enter again when you've finished. Type q to stop.")
        while not self._closed:
            try:
                if input().strip().lower() in QUIT_WORDS:
                    return
                self.button.pin.drive_low()  # a pretend press: the same path as a real button
                input()
            except EOFError:
                return
            finally:
                self.button.pin.drive_high()
            self.join()

    def _work(self) -> None:
        try:
            show("👂 Listening... (let go of the button when you've finished)")
            heard = self.ears.listen(until=lambda: not self._held.is_set())
            self.heard = heard
            if self.light is not None:
                self.light.blink(on_time=0.15, off_time=0.15)
            if not heard:
                say(DIDNT_CATCH)
                return
            show(f"👂 I heard: {heard}")
            if self.when_heard is not None:
                _call(self.when_heard, heard)
            with _ASK_LOCK:
                answer = self.brain.ask(str(heard))
            if self.light is not None:
                self.light.off()
            self.answer = answer
            tell_grown_ups(self.when_worried, getattr(answer, "concern", None))
            if answer.actions and not heard.command:  # words that were not sure to be a command never move it
                show("🤖 Not a command I'm sure I heard, so I won't move.")
                say(SAY_IT_AGAIN)
            else:
                say(answer)
                if self.robot is not None:
                    self.robot.do(answer)
            if self.when_answered is not None:
                _call(self.when_answered, answer)
        except StarmindError as err:  # no microphone, no PocketSphinx: the message says what to do
            show(str(err))
        except Exception as err:
            show(f"😬 Something went wrong while listening: {type(err).__name__}: {err}")
            traceback.print_exc()
        finally:
            self._held.clear()
            if self.light is not None:
                self.light.off()

    def close(self) -> None:
        """Stop listening, and let go of the button and the light."""
        self._held.clear()
        super().close()
