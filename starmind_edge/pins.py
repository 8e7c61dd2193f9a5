"""Pins: the default wiring, real GPIO or pretend (mock) pins, and friendly errors about pins.

Every number here is a GPIO (BCM) number, as gpiozero uses; the physical pin on the 40-pin
header is in brackets. hardware/README.md shows the same wiring as a table and a picture.

On a computer that is not a Raspberry Pi (or with ``GPIOZERO_PIN_FACTORY=mock``) the helpers use
gpiozero's mock pins, say so in one line, and print what the robot would do instead.
"""

from __future__ import annotations

import os
import threading
import warnings
import weakref
from pathlib import Path

from ._console import show
from .errors import StarmindError

try:
    import gpiozero
    from gpiozero import Device
    from gpiozero.exc import GPIOPinInUse, PinInvalidPin
    from gpiozero.pins.mock import MockFactory, MockPin, MockPWMPin
except ImportError:  # pragma: no cover - gpiozero is a dependency, but say what to do if it is missing
    gpiozero = None

# The default wiring (GPIO numbers; physical header pins in the comments).
LEFT_MOTOR = (17, 18)  # motor driver inputs for the left wheel: forward (pin 11), backward (pin 12)
RIGHT_MOTOR = (27, 22)  # motor driver inputs for the right wheel: forward (pin 13), backward (pin 15)
MOTORS = (LEFT_MOTOR, RIGHT_MOTOR)
LIGHTS = {"red": 5, "yellow": 6, "green": 13, "blue": 19, "white": 26}  # pins 29, 31, 33, 35, 37
RGB_LED = (5, 13, 19)  # an RGB LED instead of separate lights: red, green, blue legs (pins 29, 33, 35)
BUZZER = 16  # pin 36
THINKING_LIGHT = 20  # pin 38
BUTTON = 21  # pin 40 (the other leg of the button goes to GND, pin 39)

_MOCK_HINT = "I'll print what your robot would do instead."


class WiringError(StarmindError, ValueError):
    """A pin number is wrong or used twice; the message says how to fix it."""


_lock = threading.RLock()
_announced = False
_claims: dict[str, tuple[str, weakref.ref]] = {}  # "GPIO17" -> ("the motors", the device), for these helpers' parts
_owned: dict[int, list[str]] = {}  # id(device) -> its pin names
_claims_factory = None  # the pin factory the claims belong to (tests swap factories)


def on_raspberry_pi() -> bool:
    """True when this computer says it is a Raspberry Pi."""
    for path in ("/proc/device-tree/model", "/sys/firmware/devicetree/base/model"):
        try:
            if "raspberry pi" in Path(path).read_bytes().decode("ascii", "ignore").lower():
                return True
        except OSError:
            continue
    return False


def _need_gpiozero() -> None:
    if gpiozero is None:
        raise StarmindError(
            "The robot helpers need gpiozero. On a Raspberry Pi run: sudo apt install python3-gpiozero python3-lgpio "
            "(and make your virtual environment with --system-site-packages). On a laptop run: pip install gpiozero"
        )


def _use_mock(reason: str) -> None:
    global _announced
    Device.pin_factory = MockFactory(pin_class=MockPWMPin)
    if not _announced:
        _announced = True
        show(f"🧪 {reason}, so I'm using pretend pins: nothing real will move. {_MOCK_HINT}")


def setup_pins():
    """Choose the pins once: real GPIO on a Raspberry Pi, gpiozero's mock pins anywhere else.

    Set ``GPIOZERO_PIN_FACTORY=mock`` to use mock pins even on a Pi (for a lesson, or tests).
    Returns the pin factory.
    """
    _need_gpiozero()
    with _lock:
        factory = Device.pin_factory
        if factory is not None:
            if isinstance(factory, MockFactory) and factory.pin_class is MockPin:
                factory.pin_class = MockPWMPin  # motors and RGB LEDs need pretend PWM (dimming) too
            return factory
        wanted = os.environ.get("GPIOZERO_PIN_FACTORY", "").strip().lower()
        if wanted == "mock":
            _use_mock("GPIOZERO_PIN_FACTORY is set to mock")
        elif wanted:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                Device.pin_factory = Device._default_pin_factory()  # the factory that was asked for, by name
        elif not on_raspberry_pi():
            _use_mock("No Raspberry Pi here")
        else:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    Device.pin_factory = Device._default_pin_factory()
            except Exception:
                _use_mock(
                    "I can't open the GPIO pins (try: sudo apt install python3-lgpio, and make your "
                    "virtual environment with --system-site-packages)"
                )
        return Device.pin_factory


def using_mock_pins() -> bool:
    """True when the helpers are using gpiozero's pretend pins rather than real ones."""
    return gpiozero is not None and isinstance(setup_pins(), MockFactory)


def _pin_name(spec) -> str:
    """Turn 17, "GPIO17" or "BOARD11" into "GPIO17", or explain what is wrong with it."""
    try:
        found = list(Device.pin_factory.board_info.find_pin(spec))
    except Exception:
        found = []
    if isinstance(spec, bool) or not found:
        raise WiringError(
            f"There is no pin {spec!r} on the Raspberry Pi header. Use a GPIO number such as 17 "
            "(see the wiring table in hardware/README.md)."
        )
    return found[0][1].name


def _pins_of(device) -> list[str]:
    pin = getattr(device, "pin", None)
    if pin is not None:
        return [pin.info.name]
    return [name for child in getattr(device, "all", ()) if child is not device for name in _pins_of(child)]


def make(part: str, pins, build):
    """Build one gpiozero part with ``build()``, after checking its ``pins`` are real and free.

    ``part`` names it for messages ("the blue light"); it keeps its pins until `release`.
    """
    global _claims_factory
    factory = setup_pins()
    with _lock:
        if factory is not _claims_factory:
            _claims.clear()
            _owned.clear()
            _claims_factory = factory
        for name, (_, ref) in list(_claims.items()):  # forget parts that were closed or thrown away
            device = ref()
            if device is None or getattr(device, "closed", False):
                del _claims[name]
        names = [_pin_name(p) for p in pins]
        for name in names:
            if names.count(name) > 1:
                raise WiringError(f"{_nice(name)} is given twice to {part}: each wire needs its own pin.")
            owner = _claims.get(name, ("",))[0]
            if owner == part:
                raise WiringError(
                    f"{_nice(name)} is already used by {part} you made earlier. Make each part only once "
                    "(or close() the old one first)."
                )
            if owner:
                raise WiringError(
                    f"{_nice(name)} is already used by {owner}, so {part} can't use it too. "
                    "Give one of them a different pin (free pins are listed in hardware/README.md)."
                )
        try:
            device = build()
        except GPIOPinInUse:
            raise WiringError(
                f"{_nice(names[0]) if len(names) == 1 else 'A pin of ' + part} is already used by another part "
                f"in your program, so {part} can't use it too. Give one of them a different pin."
            ) from None
        except PinInvalidPin as err:
            raise WiringError(f"{part} can't use that pin: {err}.") from None
        owned = _pins_of(device) or names
        for name in owned:
            _claims[name] = (part, weakref.ref(device))
        _owned[id(device)] = owned
        return device


def release(device) -> None:
    """Close a part made by `make` and give its pins back."""
    if device is None:
        return
    with _lock:
        for name in _owned.pop(id(device), []):
            _claims.pop(name, None)
        device.close()


def _nice(name: str) -> str:
    return f"GPIO {name[4:]}" if name.startswith("GPIO") else name
