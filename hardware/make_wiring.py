"""Draw the default wiring as SVG pictures, then render PNGs from them.

    python hardware/make_wiring.py

writes hardware/wiring.svg (everything) and, for single builds, hardware/builds/03-button.svg and
hardware/builds/06-traffic-light.svg; a PNG is rendered beside each SVG with rsvg-convert
(sudo apt install librsvg2-bin) or cairosvg (pip install cairosvg), whichever is there.
The pins come from starmind_edge/pins.py, so the pictures always match the code's defaults.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from starmind_edge import pins  # noqa: E402

# The 40-pin header: physical pin -> name.
HEADER = {
    1: "3V3", 2: "5V", 3: "GPIO2", 4: "5V", 5: "GPIO3", 6: "GND", 7: "GPIO4", 8: "GPIO14", 9: "GND", 10: "GPIO15",
    11: "GPIO17", 12: "GPIO18", 13: "GPIO27", 14: "GND", 15: "GPIO22", 16: "GPIO23", 17: "3V3", 18: "GPIO24",
    19: "GPIO10", 20: "GND", 21: "GPIO9", 22: "GPIO25", 23: "GPIO11", 24: "GPIO8", 25: "GND", 26: "GPIO7",
    27: "GPIO0", 28: "GPIO1", 29: "GPIO5", 30: "GND", 31: "GPIO6", 32: "GPIO12", 33: "GPIO13", 34: "GND",
    35: "GPIO19", 36: "GPIO16", 37: "GPIO26", 38: "GPIO20", 39: "GND", 40: "GPIO21",
}  # fmt: skip
PHYSICAL = {int(name[4:]): pin for pin, name in HEADER.items() if name.startswith("GPIO")}

W, H = 1400, 1040
TOP, PITCH = 170, 36  # y of header row 0, row spacing
ODD_X, EVEN_X = 680, 720  # pin columns
LEFT_END, RIGHT_END = 590, 810  # where the labels (and so the wires) end
FONT = "DejaVu Sans, Verdana, Arial, sans-serif"
LED_FILL = {"red": "#e53935", "yellow": "#fdd835", "green": "#43a047", "blue": "#1e88e5", "white": "#f5f5f5"}
WIRE = {"red": "#e53935", "yellow": "#f9a825", "green": "#43a047", "blue": "#1e88e5", "white": "#9e9e9e",
        "motor": "#8e24aa", "gnd": "#212121", "buzzer": "#6d4c41", "thinking": "#ec407a", "button": "#00897b",
        "battery": "#d32f2f"}  # fmt: skip


def y_of(pin: int) -> int:
    return TOP + (pin - 1) // 2 * PITCH


def x_of(pin: int) -> int:
    return ODD_X if pin % 2 else EVEN_X


class Drawing:
    def __init__(self, title: str, width: int = W, height: int = H):
        self.width, self.height = width, height
        self.body: list[str] = []
        self.used: dict[int, str] = {}  # physical pin -> wire colour
        self.title = title

    def add(self, svg: str) -> None:
        self.body.append(svg)

    def text(self, x, y, words, size=14, anchor="start", weight="normal", fill="#212121", style="normal"):
        words = words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        self.add(
            f'<text x="{x}" y="{y}" font-family="{FONT}" font-size="{size}" text-anchor="{anchor}" '
            f'font-weight="{weight}" font-style="{style}" fill="{fill}">{words}</text>'
        )

    def wire(self, points, color, width=4):
        path = " ".join(f"{x},{y}" for x, y in points)
        self.add(
            f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="{width}" '
            'stroke-linejoin="round" stroke-linecap="round"/>'
        )

    def use(self, pin: int, color: str) -> tuple[int, int]:
        """Mark a header pin as wired; return where its wire leaves the header."""
        self.used[pin] = color
        return (LEFT_END if pin % 2 else RIGHT_END), y_of(pin)

    def resistor(self, x, y, vertical=False):
        if vertical:
            self.add(f'<rect x="{x - 7}" y="{y - 20}" width="14" height="40" rx="4" fill="#d7ccc8" stroke="#5d4037"/>')
        else:
            self.add(f'<rect x="{x - 20}" y="{y - 7}" width="40" height="14" rx="4" fill="#d7ccc8" stroke="#5d4037"/>')
            for dx in (-10, -3, 4):
                self.add(f'<rect x="{x + dx}" y="{y - 7}" width="4" height="14" fill="#8d6e63"/>')

    def led(self, x, y, color, label=None, plus="right"):
        """An LED seen from above, its long leg (+) on the ``plus`` side: towards the GPIO pin and resistor."""
        self.add(f'<circle cx="{x}" cy="{y}" r="13" fill="{LED_FILL.get(color, color)}" stroke="#424242" stroke-width="2"/>')
        self.text(x + (20 if plus == "right" else -20), y - 16, "+", 12, "middle", "bold")
        self.text(x + (-20 if plus == "right" else 20), y - 16, "−", 12, "middle", "bold")
        if label:
            self.text(x, y + 30, label, 12, "middle")

    def board(self) -> str:
        return f'<rect x="470" y="{TOP - 70}" width="460" height="{20 * PITCH + 115}" rx="22" fill="#2e7d32"/>'

    def header(self) -> None:
        self.text(700, TOP - 44, "Raspberry Pi Zero 2 W", 18, "middle", "bold", "#ffffff")
        self.text(700, TOP - 24, "40-pin header, seen from above", 13, "middle", fill="#c8e6c9")
        self.add(f'<rect x="{ODD_X - 20}" y="{TOP - 18}" width="80" height="{19 * PITCH + 36}" rx="4" fill="#263238"/>')
        for pin, name in HEADER.items():
            x, y = x_of(pin), y_of(pin)
            color = self.used.get(pin)
            if color:  # a coloured label for every wired pin, joined to its wire
                x0, x1 = (LEFT_END, x) if pin % 2 else (x, RIGHT_END)
                self.add(f'<rect x="{x0}" y="{y - 13}" width="{x1 - x0}" height="26" rx="6" fill="{color}"/>')
            label_fill = "#ffffff" if color and color not in ("#fdd835",) else "#e8f5e9"
            if color in (WIRE["yellow"], WIRE["white"]):
                label_fill = "#212121"
            if name == "GND":
                pad = "#000000"
            elif name == "5V":
                pad = "#d32f2f"
            elif name == "3V3":
                pad = "#fb8c00"
            else:
                pad = "#fbc02d" if color else "#9e9e9e"
            shape = (
                f'<rect x="{x - 11}" y="{y - 11}" width="22" height="22" fill="{pad}" stroke="#eceff1"/>'
                if pin == 1
                else f'<circle cx="{x}" cy="{y}" r="11" fill="{pad}" stroke="#eceff1"/>'
            )
            self.add(shape)
            self.text(x, y + 4, str(pin), 10, "middle", "bold", "#ffffff" if pad != "#fbc02d" else "#212121")
            shown = name.replace("GPIO", "GPIO ")
            if pin % 2:
                self.text(x - 20, y + 5, shown, 13, "end", "bold" if color else "normal", label_fill)
            else:
                self.text(x + 20, y + 5, shown, 13, "start", "bold" if color else "normal", label_fill)

    def svg(self, notes: list[str]) -> str:
        self.header()
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.width}" height="{self.height}" '
            f'viewBox="0 0 {self.width} {self.height}">',
            f"<title>{self.title}</title>",
            f'<rect width="{self.width}" height="{self.height}" fill="#ffffff"/>',
            f'<text x="{self.width // 2}" y="40" font-family="{FONT}" font-size="24" font-weight="bold" '
            f'text-anchor="middle" fill="#212121">{self.title}</text>',
            self.board(),
            *self.body,
        ]
        for i, note in enumerate(notes):
            lines.append(
                f'<text x="40" y="{self.height - 20 - 22 * (len(notes) - 1 - i)}" font-family="{FONT}" '
                f'font-size="14" fill="#424242">{note}</text>'
            )
        lines.append("</svg>")
        return "\n".join(lines) + "\n"


def gnd_rail(d: Drawing, pin: int, x: int, rows: list[int], label_above: bool = False) -> None:
    """A ground (GND) line from a GND pin, like a breadboard's blue rail, reaching the given heights."""
    start = d.use(pin, WIRE["gnd"])
    top, bottom = min(rows + [start[1]]), max(rows + [start[1]])
    d.wire([start, (x, start[1])], WIRE["gnd"])
    d.wire([(x, top), (x, bottom)], WIRE["gnd"], 5)
    d.text(x, top - 10 if label_above else bottom + 24, "GND", 12, "middle", "bold")


def draw_motors(d: Drawing) -> None:
    (lf, lb), (rf, rb) = pins.MOTORS
    x, y, w, h = 150, 250, 180, 240  # the motor driver board
    d.add(f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="10" fill="#1565c0"/>')
    d.text(x + w / 2, y - 26, "motor driver board", 15, "middle", "bold")
    d.text(x + w / 2, y - 9, "(DRV8833, L9110S or L298N)", 11, "middle")
    inputs = [("IN1", lf, "left motor, forward"), ("IN2", lb, "left motor, backward"),
              ("IN3", rf, "right motor, forward"), ("IN4", rb, "right motor, backward"), ("GND", None, "")]  # fmt: skip
    over = TOP - 85
    for label, gpio, meaning in inputs:
        pin = 9 if gpio is None else PHYSICAL[gpio]
        color = WIRE["gnd"] if gpio is None else WIRE["motor"]
        start = d.use(pin, color)
        if pin % 2:  # an odd pin: a straight wire
            iy = start[1]
            d.wire([start, (x + w, iy)], color)
        else:  # an even pin: round the top of the board
            iy = y + 28
            d.wire([start, (900, start[1]), (900, over), (456, over), (456, iy), (x + w, iy)], color)
        d.text(x + w - 10, iy + 5, label, 13, "end", "bold", "#ffffff")
        if meaning:
            d.text(x + w + 10, iy - 8, meaning, 10, "start", fill="#6a1b9a")
    for i, side in enumerate(("left", "right")):  # the motors, on the driver's outputs
        my = y + 60 + i * 110
        d.wire([(x, my - 10), (95, my - 10)], WIRE["motor"], 3)
        d.wire([(x, my + 10), (95, my + 10)], WIRE["motor"], 3)
        d.add(f'<rect x="40" y="{my - 26}" width="60" height="52" rx="8" fill="#ffca28" stroke="#795548" stroke-width="2"/>')
        d.text(70, my + 5, "M", 18, "middle", "bold")
        d.text(70, my + 44, f"{side} wheel", 12, "middle")
        d.text(x + 8, my - 14, f"OUT{2 * i + 1}", 9, "start", "bold", "#ffffff")
        d.text(x + 8, my + 22, f"OUT{2 * i + 2}", 9, "start", "bold", "#ffffff")
    by = y + h + 40  # the battery box: motors need their own power
    d.add(f'<rect x="{x}" y="{by}" width="{w}" height="44" rx="6" fill="#424242"/>')
    d.text(x + w / 2, by + 27, "4 × AA batteries (6 V)", 14, "middle", "bold", "#ffffff")
    d.wire([(x + 40, by), (x + 40, y + h)], WIRE["battery"], 3)
    d.wire([(x + 70, by), (x + 70, y + h)], WIRE["gnd"], 3)
    d.text(x + 36, y + h - 8, "VM+", 10, "end", "bold", "#ffffff")
    d.text(x + 74, y + h - 8, "−", 12, "start", "bold", "#ffffff")


def draw_lights(d: Drawing, colors) -> None:
    rows = []
    for color in colors:
        pin = PHYSICAL[pins.LIGHTS[color]]
        start = d.use(pin, WIRE[color])
        y = start[1]
        rows.append(y)
        d.wire([start, (330, y)], WIRE[color])
        d.resistor(400, y)
        d.led(300, y, color)
        d.wire([(287, y), (200, y)], WIRE["gnd"], 3)
        d.text(300, y + 5, color[0].upper(), 11, "middle", "bold", "#212121" if color in ("yellow", "white") else "#ffffff")
    d.text(400, min(rows) - 22, "220 Ω resistors", 12, "middle")
    d.text(300, min(rows) - 30, "LEDs", 12, "middle", "bold")
    gnd_rail(d, 39, 200, rows)


def draw_right_side(d: Drawing, buzzer=True, thinking=True, button=True, button_to_pin_39=False) -> None:
    rail_x, label_x, rows = 1210, 1225, []
    if buzzer:
        start = d.use(PHYSICAL[pins.BUZZER], WIRE["buzzer"])
        y = start[1]
        rows.append(y)
        d.wire([start, (1060, y)], WIRE["buzzer"])
        d.add(f'<circle cx="1090" cy="{y}" r="17" fill="#263238"/>')
        d.add(f'<circle cx="1090" cy="{y}" r="5" fill="#546e7a"/>')
        d.text(1066, y - 16, "+", 13, "middle", "bold")
        d.wire([(1107, y), (rail_x, y)], WIRE["gnd"], 3)
        d.text(label_x, y + 5, "active buzzer", 13, "start", "bold")
    if thinking:
        start = d.use(PHYSICAL[pins.THINKING_LIGHT], WIRE["thinking"])
        y = start[1]
        rows.append(y)
        d.wire([start, (1077, y)], WIRE["thinking"])
        d.resistor(980, y)
        d.led(1090, y, "#fff59d", plus="left")
        d.wire([(1103, y), (rail_x, y)], WIRE["gnd"], 3)
        d.text(label_x, y + 5, "thinking light", 13, "start", "bold")
        d.text(980, y - 14, "220 Ω", 12, "middle")
    if button:
        start = d.use(PHYSICAL[pins.BUTTON], WIRE["button"])
        y = start[1]
        if not button_to_pin_39:
            rows.append(y)
        d.wire([start, (1070, y)], WIRE["button"])
        d.add(f'<rect x="1072" y="{y - 16}" width="36" height="32" rx="4" fill="#37474f"/>')
        d.add(f'<circle cx="1090" cy="{y}" r="10" fill="#b0bec5"/>')
        if button_to_pin_39:  # its own GND pin, right next to pin 40: no breadboard rail needed
            start = d.use(39, WIRE["gnd"])
            d.wire([(1108, y), (1130, y), (1130, y + 60), (560, y + 60), (560, y), start], WIRE["gnd"])
        else:
            d.wire([(1108, y), (rail_x, y)], WIRE["gnd"], 3)
        d.text(label_x, y + 5, "push button (ask)", 13, "start", "bold")
    gnd_rail(d, 34, rail_x, rows, label_above=True)


def render_png(svg: Path) -> None:
    png = svg.with_suffix(".png")
    if shutil.which("rsvg-convert"):
        subprocess.run(["rsvg-convert", "--background-color=white", "-o", str(png), str(svg)], check=True)
        return
    try:
        import cairosvg
    except ImportError:
        print(f"(no rsvg-convert or cairosvg: {png.name} not made; sudo apt install librsvg2-bin)")
        return
    cairosvg.svg2png(url=str(svg), write_to=str(png), background_color="white")


def pictures() -> dict[Path, str]:
    """Every picture's SVG text, by the path it belongs at."""
    full = Drawing("Starmind Edge: the default wiring")
    draw_motors(full)
    draw_lights(full, list(pins.LIGHTS))
    draw_right_side(full)
    notes = [
        "Numbers in circles are physical pins (pin 1 is the square one); labels are the GPIO numbers used in code.",
        "LEDs: long leg (+) towards the GPIO pin through a 220 Ω resistor, short leg (−) to GND. "
        "The black GND lines are breadboard rails.",
        "Motors take their own batteries: never power motors from the Pi. Join the batteries' − to a Pi GND "
        "(here pin 9, via the driver's GND).",
    ]
    outputs = {HERE / "wiring.svg": full.svg(notes)}

    button = Drawing("Example 3: a button and a thinking light")
    draw_right_side(button, buzzer=False, button_to_pin_39=True)
    outputs[HERE / "builds" / "03-button.svg"] = button.svg(
        [
            "Button: one leg to GPIO 21 (pin 40), the other to GND (pin 39). LED: + (long leg) to GPIO 20 (pin 38) "
            "through a 220 Ω resistor, − (short leg) to GND (pin 34)."
        ]  # fmt: skip
    )
    traffic = Drawing("Example 6: a traffic light")
    draw_lights(traffic, ["red", "yellow", "green"])
    outputs[HERE / "builds" / "06-traffic-light.svg"] = traffic.svg(
        ["Each LED: + (long leg) to its GPIO pin through a 220 Ω resistor, − (short leg) to GND (pin 39)."]
    )
    return outputs


def main() -> None:
    (HERE / "builds").mkdir(exist_ok=True)
    for path, text in pictures().items():
        path.write_text(text, encoding="utf-8")
        render_png(path)
        print("wrote", path.relative_to(HERE.parent))


if __name__ == "__main__":
    main()
