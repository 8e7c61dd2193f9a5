"""The ears without a microphone: the grammar covers the commands skill, speech made by espeak-ng (and the recorded
example voice) goes through `Ears` to the brain and to `RobotBody` actions on mock pins, push-to-talk on mock pins,
and every mistake gets a message that says what to do."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import threading
import time
import wave
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("pocketsphinx")
from gpiozero import Device  # noqa: E402
from gpiozero.pins.mock import MockFactory, MockPWMPin  # noqa: E402

from starmind_edge import Starmind  # noqa: E402
from starmind_edge.actions import VOCABULARY, Action  # noqa: E402
from starmind_edge.cli import main  # noqa: E402
from starmind_edge.ears import DIDNT_CATCH, GRAMMAR, HEARING, Ears, Heard, HearingError  # noqa: E402
from starmind_edge.errors import InputError, ModelError, StarmindError  # noqa: E402
from starmind_edge.microphone import Microphone, NoMicrophoneError, microphones  # noqa: E402
from starmind_edge.robot import RobotBody  # noqa: E402
from starmind_edge.sound import RATE, read_wav  # noqa: E402
from starmind_edge.spoken_commands import CommandGrammar  # noqa: E402
from starmind_edge.talk_button import TalkButton  # noqa: E402
from trainer import hearing  # noqa: E402
from trainer.curriculum import commands  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "starmind_edge" / "models" / "default" / HEARING
SOUNDS = ROOT / "examples" / "sounds"  # recorded with the CC0 Piper voice en_US-joe-medium
need_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng (apt install espeak-ng)")


@pytest.fixture(scope="module")
def ears():
    return Ears()


@pytest.fixture(scope="module")
def brain():
    return Starmind(learned=None)


@pytest.fixture
def factory():
    old = Device.pin_factory
    Device.pin_factory = MockFactory(pin_class=MockPWMPin)
    yield Device.pin_factory
    Device.pin_factory.reset()
    Device.pin_factory = old


@pytest.fixture
def quiet_wav(tmp_path) -> Path:
    """A second of a quiet room: nothing to hear."""
    path = tmp_path / "quiet.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1), out.setsampwidth(2), out.setframerate(RATE)
        out.writeframes(np.random.default_rng(1).normal(0, 20, RATE).astype("<i2").tobytes())
    return path


def espeak(text: str, path: Path, speed: int = 130) -> Path:
    """Speech from espeak-ng (22 kHz: the ears resample it). Far harder to hear than a person: a plumbing test."""
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", str(speed), "-w", str(path), text], check=True, timeout=60)
    return path


# ---- the grammar, built from the project's own language ---------------------------------------------------------


@pytest.fixture(scope="module")
def grammar():
    from pocketsphinx import Decoder

    text = (SHIPPED / GRAMMAR).read_text(encoding="utf-8")
    return text, Decoder(lm=None, dict=str(SHIPPED / "hearing.dict"), loglevel="FATAL").parse_jsgf(text)


def test_every_command_of_the_commands_skill_is_in_the_grammar(grammar):
    text, fsg = grammar
    words = hearing.grammar_words(text)
    rng = random.Random(7)
    said = [hearing.spoken(commands.generate(rng).question) for _ in range(3000)]
    checkable = [s for s in said if set(s.split()) <= words]  # the rest have typos a child types but never says
    assert len(checkable) > 0.75 * len(said)
    missing = [s for s in checkable if not fsg.accept(s)]
    assert missing == []


def test_the_ears_compact_grammar_accepts_what_the_grammar_accepts(grammar, ears, tmp_path):
    fsg = grammar[1]
    rng = random.Random(11)
    said = [hearing.spoken(commands.generate(rng).question) for _ in range(1000)]
    said = [s for s in said if set(s.split()) <= hearing.grammar_words(grammar[0])]
    changed = []  # near misses: a word dropped, doubled or moved
    for s in said[:300]:
        words = s.split()
        i, j = rng.randrange(len(words)), rng.randrange(len(words))
        changed += [" ".join(words[:i] + words[i + 1 :]), " ".join(words[: i + 1] + words[i:])]
        words[i], words[j] = words[j], words[i]
        changed.append(" ".join(words))
    for sentence in said + changed + ["what colour is the sky", "then", "turn left then", "please"]:
        assert ears._grammar.accept(sentence) == fsg.accept(sentence), sentence
    assert any(not fsg.accept(s) for s in changed)
    ears._grammar.writefile(str(tmp_path / "compact.fsg"))
    states = int((tmp_path / "compact.fsg").read_text().split("NUM_STATES")[1].split()[0])
    assert states < 200  # PocketSphinx's own compiler makes about 1,150 of them


def test_a_number_agrees_with_its_unit_so_second_and_seconds_are_never_confused(grammar):
    fsg = grammar[1]
    for said in ("wait one second", "wait two seconds", "turn left for one second", "beep one time", "beep three times"):
        assert fsg.accept(said), said
    for never in ("wait two second", "wait one seconds", "turn left for three second", "beep one times", "beep two time"):
        assert not fsg.accept(never), never


def test_the_grammar_has_every_action_direction_colour_and_number(grammar):
    words = hearing.grammar_words(grammar[0])
    for kinds in VOCABULARY.values():
        for kind in kinds:
            if isinstance(kind, tuple):
                assert set(kind) <= words, kind
    assert {"one", "two", "five", "ten", "then", "stop", "beep", "wait", "turn", "light"} <= words


def test_the_shipped_hearing_files_are_up_to_date_and_small():
    assert (SHIPPED / GRAMMAR).read_text(encoding="utf-8") == hearing.command_grammar()
    sizes = {p.name: p.stat().st_size for p in SHIPPED.iterdir()}
    assert sum(sizes.values()) < 2_000_000, sizes  # never PocketSphinx's 27 MB general model
    said = {line.split()[0].split("(")[0] for line in (SHIPPED / "hearing.dict").read_text().splitlines()}
    assert hearing.grammar_words(hearing.command_grammar()) <= said


def test_words_cmudict_lacks_are_said_like_the_words_they_come_from():
    known = hearing.pronunciations()
    assert hearing.pronounce("teddies", known) == ["T EH D IY Z"]
    assert hearing.pronounce("flavour", known) == known["flavor"]
    assert hearing.pronounce("octopuses", known)[0].endswith("IH Z") and hearing.pronounce("zzxq", known) == []


def test_typed_words_become_the_words_a_child_says():
    assert hearing.spoken("Wats 14 plus 23??") == "what's fourteen plus twenty three"
    assert hearing.spoken("go foward 2s, then TURN lef pls") == "go forward two seconds then turn left please"
    assert hearing.spoken("dont move!") == "don't move" and hearing.spoken("i didnt") == "i didn't"


def test_a_heard_command_gets_the_commas_the_brain_reads(brain):
    grammar = CommandGrammar((SHIPPED / GRAMMAR).read_text(encoding="utf-8"))
    said = "drive forward two seconds turn right then switch the blue light on"
    written = grammar.with_commas(said)
    assert written == "drive forward two seconds, turn right then switch the blue light on"
    assert [a.name for a in brain.ask(written).actions] == ["move", "turn", "light"]
    assert grammar.with_commas("hey robot beep twice wait two seconds beep once") == (
        "hey robot beep twice, wait two seconds, beep once"
    )
    for unchanged in ("go forward two seconds then turn left", "stop", "what colour is the sky"):
        assert grammar.with_commas(unchanged) == unchanged


# ---- hearing speech ----------------------------------------------------------------------------------------------


def test_a_recorded_command_and_question(ears):
    command = ears.hear(SOUNDS / "go_forward.wav")
    assert command == "go forward two seconds then turn left"
    assert command.command and command.confidence >= 0.5
    assert 0 < command.seconds < command.audio_seconds  # faster than real time
    question = ears.hear(SOUNDS / "sky.wav")
    assert question == "what colour is the sky" and not question.command


def test_chatter_far_behind_a_command_is_not_added_to_it(ears):
    """Another child's question, 25 dB quieter, before and after the command (a classroom behind the robot): the
    robot does what was said and nothing more. Without `QUIET_DB` it heard "walk forwards, buzz, go right, go forward
    two seconds then turn left, honk, stop the robot"."""
    said = np.frombuffer(read_wav(SOUNDS / "go_forward.wav"), "<i2").astype(float)
    behind = np.frombuffer(read_wav(SOUNDS / "sky.wav"), "<i2").astype(float) * 10 ** (-25 / 20)
    heard = ears.hear(np.concatenate([behind, said, behind[::-1]]).astype("<i2").tobytes())
    assert heard == "go forward two seconds then turn left" and heard.command


def test_silence_and_noise_are_not_caught(ears):
    assert ears.hear(b"\0\0" * RATE) == ""
    noise = np.random.default_rng(0).normal(0, 3000, 2 * RATE).astype("<i2").tobytes()
    heard = ears.hear(noise)
    assert heard == "" and not heard.command  # never a guess passed on


def test_any_wav_file_is_heard_at_16_khz(tmp_path):
    pcm = read_wav(SOUNDS / "go_forward.wav")
    samples = np.frombuffer(pcm, "<i2")
    stereo = tmp_path / "stereo_48k.wav"
    with wave.open(str(stereo), "wb") as out:
        out.setnchannels(2), out.setsampwidth(2), out.setframerate(48000)
        upsampled = np.repeat(samples, 3)
        out.writeframes(np.stack([upsampled, upsampled], axis=1).astype("<i2").tobytes())
    again = np.frombuffer(read_wav(stereo), "<i2")
    assert abs(len(again) - len(samples)) <= 3
    assert np.corrcoef(again[: len(samples)].astype(float), samples[: len(again)].astype(float))[0, 1] > 0.95


@need_espeak
def test_espeak_speech_through_the_ears_to_robot_actions(tmp_path, brain, factory):
    """espeak-ng -> WAV -> Ears -> brain -> RobotBody on mock pins: the whole way round."""
    ears = Ears(min_confidence=0)  # espeak-ng's robot voice is far less sure than a person's
    pauses = []
    with RobotBody(sleep=lambda s: pauses.append((s, factory.pin(17).state, factory.pin(5).state)), verbose=False) as body:
        heard = ears.hear(espeak("go forward two seconds then turn left", tmp_path / "go.wav"))
        assert heard.command
        answer = brain.ask(str(heard))
        assert answer.actions == [Action("move", ("forward", 2)), Action("turn", ("left", 1))]
        body.do(answer)
        assert (2, 1, 0) in pauses  # the left motor drove forward for 2 s
        heard = ears.hear(espeak("turn on the red light", tmp_path / "red.wav"))
        body.do(brain.ask(str(heard)))
        assert factory.pin(5).state == 1  # the red light is on


# ---- push to talk --------------------------------------------------------------------------------------------------


class FakeMicrophone:
    """Feeds a WAV file (or nothing) a tenth of a second at a time, ten times faster than real time, then quiet for as
    long as it is read, like a real one; notes the light, the motors and the buzzer at every chunk."""

    stops_when_let_go = True

    def __init__(self, path: Path | None, factory):
        self.pcm, self.factory, self.seen = read_wav(path) if path else b"", factory, []
        self.said_it_all = threading.Event()

    def chunks(self):
        step = RATE // 10 * 2
        for start in range(0, 10**6 * step, step):
            self.seen.append((self.factory.pin(20).state, self.factory.pin(17).state, self.factory.pin(16).state))
            time.sleep(0.01)
            if start >= len(self.pcm):
                self.said_it_all.set()
            yield self.pcm[start : start + step] or b"\0" * step


def test_hold_to_talk_then_it_answers_and_acts(factory, brain, capsys, monkeypatch):
    monkeypatch.setenv("STARMIND_QUIET", "1")
    microphone = FakeMicrophone(SOUNDS / "go_forward.wav", factory)
    answers, heard = [], []
    body = RobotBody(sleep=lambda s: None)
    with TalkButton(brain, Ears(microphone=microphone), body, when_heard=heard.append, when_answered=answers.append):
        factory.pin(21).drive_low()  # held
        microphone.said_it_all.wait(30)  # the ears decode as it talks: held until the whole sentence is said
        factory.pin(21).drive_high()  # let go
        deadline = time.monotonic() + 30
        while not answers and time.monotonic() < deadline:
            time.sleep(0.02)
    body.close()
    assert heard == ["go forward two seconds then turn left"] and heard[0].command
    assert answers[0].actions == [Action("move", ("forward", 2)), Action("turn", ("left", 1))]
    assert microphone.seen and all(seen == (1, 0, 0) for seen in microphone.seen)  # light on, motors and buzzer off
    out = capsys.readouterr().out
    assert "👂 I heard: go forward two seconds then turn left" in out and "🤖 moving forward for 2 s" in out


class BrokenMicrophone:
    """A microphone that stops working halfway through a sentence (a USB cable pulled out)."""

    stops_when_let_go = False

    def chunks(self):
        yield read_wav(SOUNDS / "go_forward.wav")[: RATE * 2]
        raise StarmindError("The microphone stopped working.")


class OddMicrophone:
    """A recorder of your own that hands over odd numbers of bytes (half a sample at a time, now and then)."""

    stops_when_let_go = False

    def chunks(self):
        pcm = read_wav(SOUNDS / "go_forward.wav") + b"\0" * (RATE * 2 * 3)
        yield from (pcm[i : i + 3201] for i in range(0, len(pcm), 3201))


def test_a_recorder_giving_odd_chunks_is_heard_whole_sample_by_sample():
    assert Ears(microphone=OddMicrophone()).listen() == "go forward two seconds then turn left"


def test_listening_decodes_as_it_records_and_hears_what_a_file_gives(factory):
    """listen() hears the commands while the sound comes in (PocketSphinx decodes each chunk as it is given); it
    ends with the same words as hearing the whole file, and a microphone that fails leaves the ears ready."""
    ears = Ears(microphone=FakeMicrophone(SOUNDS / "go_forward.wav", factory))
    listened = ears.listen()
    assert listened == ears.hear(SOUNDS / "go_forward.wav") == "go forward two seconds then turn left"
    assert listened.command and listened.seconds > 0
    ears.microphone = BrokenMicrophone()
    with pytest.raises(StarmindError, match="stopped working"):
        ears.listen()
    assert ears.hear(SOUNDS / "sky.wav") == "what colour is the sky"


class EarsThatHeard:
    """Ears that always hear the same words (what a question misheard by the questions' model could give)."""

    def __init__(self, heard: Heard):
        self.heard = heard

    def listen(self, until=None) -> Heard:
        return self.heard


@pytest.mark.parametrize("command", [True, False])
def test_only_words_heard_as_a_command_move_the_robot(factory, brain, capsys, monkeypatch, command):
    monkeypatch.setenv("STARMIND_QUIET", "1")
    pauses = []
    body = RobotBody(sleep=pauses.append, verbose=False)
    heard = Heard("go forward two seconds", 0.9, command=command)
    with TalkButton(brain, EarsThatHeard(heard), body) as button:
        button.press()
        button.release()
        assert button.join(30)
    body.close()
    assert button.answer.actions == [Action("move", ("forward", 2))]
    assert (pauses == [2]) is command
    assert ("I won't move" in capsys.readouterr().out) is not command


def test_letting_go_stops_the_listening(factory, brain, capsys, monkeypatch):
    monkeypatch.setenv("STARMIND_QUIET", "1")
    microphone = FakeMicrophone(None, factory)
    with TalkButton(brain, Ears(microphone=microphone)) as button:
        factory.pin(21).drive_low()
        time.sleep(0.3)
        factory.pin(21).drive_high()
        assert button.join(5)
    assert len(microphone.seen) < 45  # before it would give up on the quiet (5 s: 50 chunks)
    assert DIDNT_CATCH in capsys.readouterr().out and factory.pin(20).state == 0  # the light is off again


def test_talking_stops_the_robot_and_a_quiet_room_is_not_caught(factory, brain, capsys, monkeypatch, quiet_wav):
    monkeypatch.setenv("STARMIND_QUIET", "1")
    with RobotBody(verbose=False) as body, TalkButton(brain, Ears(microphone=str(quiet_wav)), body) as button:
        moving = threading.Thread(target=body.do, args=([Action("move", ("forward", 10))],))
        moving.start()
        time.sleep(0.2)
        assert factory.pin(17).state == 1
        button.press()
        moving.join(5)
        assert not moving.is_alive() and factory.pin(17).state == 0  # pressing to talk stopped the motors
        button.release()
        assert button.join(10)
    assert DIDNT_CATCH in capsys.readouterr().out


# ---- mistakes get messages that say what to do ----------------------------------------------------------------------


def test_without_pocketsphinx_it_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pocketsphinx", None)  # as if it were not installed
    with pytest.raises(HearingError, match=r'pip install "starmind-edge\[voice\]"'):
        Ears()


def test_missing_hearing_files_are_named(tmp_path):
    assert Ears(tmp_path).hear(SOUNDS / "sky.wav") == "what colour is the sky"  # no hearing/: the bundled one's
    (tmp_path / HEARING).mkdir()
    with pytest.raises(ModelError, match="commands.gram.*python -m trainer.hearing"):
        Ears(tmp_path)


def test_damaged_hearing_files_are_named(tmp_path):
    shutil.copytree(SHIPPED, tmp_path / HEARING)
    shutil.copy(SHIPPED.parent / "card.json", tmp_path)  # the card records the hearing files' checksums
    assert Ears(tmp_path).hear(SOUNDS / "go_forward.wav").command
    grammar = tmp_path / HEARING / GRAMMAR
    grammar.write_text(grammar.read_text(encoding="utf-8").replace("beep", "bleep"), encoding="utf-8")
    with pytest.raises(ModelError, match="commands.gram is damaged"):
        Ears(tmp_path)


def test_sound_files_that_cannot_be_heard(ears, tmp_path):
    with pytest.raises(InputError, match="no sound file"):
        ears.hear(tmp_path / "missing.wav")
    (tmp_path / "notes.wav").write_text("not sound")
    with pytest.raises(InputError, match="not a WAV sound file"):
        ears.hear(tmp_path / "notes.wav")
    with wave.open(str(tmp_path / "8bit.wav"), "wb") as out:
        out.setnchannels(1), out.setsampwidth(1), out.setframerate(8000), out.writeframes(b"\x80" * 800)
    with pytest.raises(InputError, match="16-bit"):
        ears.hear(tmp_path / "8bit.wav")


@pytest.mark.skipif(bool(microphones()), reason="this machine has a microphone")
def test_no_microphone_is_a_friendly_error(ears, monkeypatch):
    monkeypatch.delenv("STARMIND_MIC", raising=False)
    if shutil.which("arecord"):
        with pytest.raises(NoMicrophoneError, match="no microphone found.*OTG adapter.*arecord -l"):
            ears.listen()
    monkeypatch.setenv("PATH", "")
    with pytest.raises(NoMicrophoneError, match="sudo apt install alsa-utils"):
        Microphone()


@pytest.mark.skipif(shutil.which("arecord") is None, reason="needs arecord (apt install alsa-utils)")
def test_a_microphone_that_cannot_record_is_named():
    with pytest.raises(NoMicrophoneError, match="couldn't record from plughw:9,0.*arecord -l"):
        list(Microphone("plughw:9,0").chunks())


@pytest.mark.skipif(shutil.which("arecord") is None, reason="needs arecord (apt install alsa-utils)")
def test_the_talk_button_says_what_is_wrong_with_the_microphone(factory, brain, capsys):
    with TalkButton(brain, Ears(microphone=Microphone("plughw:9,0"))) as button:
        button.press()
        button.release()
        assert button.join(10)
    out = capsys.readouterr().out
    assert "couldn't record from plughw:9,0" in out and "Traceback" not in out


def test_starmind_listen_on_the_command_line(capsys, quiet_wav):
    assert main(["listen", str(SOUNDS / "go_forward.wav")]) == 0
    out = capsys.readouterr().out
    assert "👂 go forward two seconds then turn left" in out and "🤖 move(forward, 2)" in out
    assert main(["listen", str(quiet_wav)]) == 1
    assert DIDNT_CATCH in capsys.readouterr().out
    assert main(["listen", "nowhere.wav"]) == 1
    assert "There is no sound file at nowhere.wav" in capsys.readouterr().err
