"""The Starmind API on the micro model: answers, streaming, memory, options and thread safety."""

import threading

from starmind_edge import Answer, Starmind


def test_ask_returns_an_answer_with_extras(micro_bundle):
    answer = Starmind(micro_bundle, max_tokens=10).ask("hello")
    assert isinstance(answer, Answer) and isinstance(answer.actions, list)
    assert answer.tokens <= 10 and answer.seconds > 0


def test_greedy_answers_repeat_and_seeded_samples_repeat(micro_bundle):
    greedy = Starmind(micro_bundle, max_tokens=10)
    assert greedy.ask("what is 2 + 2") == greedy.ask("what is 2 + 2")
    one = Starmind(micro_bundle, max_tokens=10, temperature=1.0, seed=5).ask("hi")
    two = Starmind(micro_bundle, max_tokens=10, temperature=1.0, seed=5).ask("hi")
    assert one == two


def test_stream_pieces_add_up_to_the_answer(micro_bundle):
    brain = Starmind(micro_bundle, max_tokens=20)
    streamed = "".join(brain.stream("tell me a story about a frog"))
    assert streamed.strip() == brain.ask("tell me a story about a frog")


def test_remembered_facts_go_into_the_prompt_and_persist(micro_bundle, tmp_path):
    brain = Starmind(micro_bundle, memory=tmp_path / "m.json", max_tokens=5)
    brain.remember("My dog is called Rex.")
    assert Starmind(micro_bundle, memory=tmp_path / "m.json").facts == ["My dog is called Rex."]
    brain.forget()
    assert brain.facts == []


def test_concurrent_asks_are_serialised(micro_bundle):
    brain = Starmind(micro_bundle, max_tokens=12)
    expected = {q: str(brain.ask(q)) for q in ("hello", "what is 3 times 4", "turn left")}
    got, errors = [], []

    def ask(question):
        try:
            got.append((question, str(brain.ask(question))))
        except Exception as err:  # noqa: BLE001 - the test reports any failure
            errors.append(err)

    threads = [threading.Thread(target=ask, args=(q,)) for q in list(expected) * 4]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(expected[q] == a for q, a in got) and len(got) == 12


def test_chat_answers_remembers_and_says_bye(micro_bundle):
    brain = Starmind(micro_bundle, max_tokens=5)
    lines = iter(["remember: My cat is called Tom.", "hello", "forget", "bye"])
    out = []
    brain.chat(read=lambda prompt: next(lines), write=lambda *a, **k: out.append(" ".join(map(str, a))))
    text = "\n".join(out)
    assert "I'll remember that" in text and "forgotten" in text and "Bye" in text
    assert brain.facts == []


def test_chat_ends_quietly_at_end_of_input(micro_bundle):
    def no_more(prompt):
        raise EOFError

    out = []
    Starmind(micro_bundle, max_tokens=5).chat(read=no_more, write=lambda *a, **k: out.append(a))
    assert out  # said hello and goodbye, no traceback


def test_earlier_turns_go_into_the_prompt_only_when_asked_for(micro_bundle):
    alone = Starmind(micro_bundle, max_tokens=5)
    talking = Starmind(micro_bundle, max_tokens=5, turns=1)
    for brain in (alone, talking):
        brain.ask("what do cows eat")
    assert alone.prompt("and sheep?") == Starmind(micro_bundle).prompt("and sheep?")
    prompt = talking.prompt("and sheep?")
    tok = talking.tokenizer
    assert prompt.count(tok.question) == 2 and prompt.count(tok.answer) == 2
    assert tok.encode("what do cows eat") == prompt[2 : 2 + len(tok.encode("what do cows eat"))]
    talking.ask("and sheep?")
    talking.ask("and pigs?")
    assert talking.prompt("and dogs?").count(tok.question) == 2  # one earlier turn, the newest
    assert talking.history[-1][0] == "and pigs?"
    talking.forget()
    assert talking.history == [] and talking.prompt("hi").count(tok.question) == 1


def test_chat_sees_earlier_turns_and_gives_the_setting_back(micro_bundle):
    brain = Starmind(micro_bundle, max_tokens=5)
    lines = iter(["knock knock", "lettuce", "bye"])
    brain.chat(read=lambda prompt: next(lines), write=lambda *a, **k: None)
    assert [q for q, _ in brain.history] == ["knock knock", "lettuce"]
    assert brain.turns == 0


QUESTIONS = ("tell me a story about a frog", "what is 3 times 4", "why is the sky blue")


def _serial(bundle) -> dict[str, str]:
    brain = Starmind(bundle, max_tokens=24)
    return {q: "".join(brain.stream(q)) for q in QUESTIONS}


def test_two_streams_read_in_turn_in_one_thread_give_the_serial_answers(micro_bundle):
    expected = _serial(micro_bundle)
    brain = Starmind(micro_bundle, max_tokens=24)
    streams = {q: brain.stream(q) for q in QUESTIONS}
    got = dict.fromkeys(QUESTIONS, "")
    while streams:
        for question, pieces in list(streams.items()):
            piece = next(pieces, None)
            if piece is None:
                del streams[question]
            else:
                got[question] += piece
    assert got == expected


def _in_thread(work, seconds: float = 20):
    """Run `work` in another thread; fail (instead of hanging) if it does not finish."""
    errors: list = []

    def run():
        try:
            work()
        except Exception as err:  # noqa: BLE001 - the test reports any failure
            errors.append(err)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "deadlocked"
    assert not errors, errors


def test_two_threads_reading_pieces_in_turn_never_deadlock(micro_bundle):
    expected = _serial(micro_bundle)
    brain = Starmind(micro_bundle, max_tokens=24)
    turn = [threading.Semaphore(1), threading.Semaphore(0)]
    got, done = ["", ""], [False, False]

    def reader(i: int, question: str) -> None:
        pieces = brain.stream(question)
        while True:
            if not done[1 - i]:  # once the other reader has finished, nobody is left to take turns with
                assert turn[i].acquire(timeout=10), "the other reader never let go"
            piece = next(pieces, None)
            if piece is None:
                done[i] = True
                turn[1 - i].release()
                return
            turn[1 - i].release()
            got[i] += piece

    other = threading.Thread(target=reader, args=(1, QUESTIONS[1]), daemon=True)
    other.start()
    _in_thread(lambda: reader(0, QUESTIONS[0]))
    other.join(20)
    assert got == [expected[QUESTIONS[0]], expected[QUESTIONS[1]]]


def test_a_half_read_stream_blocks_nobody(micro_bundle):
    brain = Starmind(micro_bundle, max_tokens=24)
    pieces = brain.stream(QUESTIONS[0])
    first = next(pieces)
    answers: list = []
    _in_thread(lambda: answers.append(str(brain.ask(QUESTIONS[1]))))
    assert answers == [_serial(micro_bundle)[QUESTIONS[1]].strip()] and first


def test_a_stream_finished_in_another_thread_leaves_the_brain_usable(micro_bundle):
    expected = _serial(micro_bundle)
    brain = Starmind(micro_bundle, max_tokens=24)
    pieces = brain.stream(QUESTIONS[0])
    head = next(pieces)
    rest: list = []
    _in_thread(lambda: rest.extend(pieces))
    assert head + "".join(rest) == expected[QUESTIONS[0]]
    _in_thread(lambda: brain.ask(QUESTIONS[2]))
    assert brain.ask(QUESTIONS[1]) == expected[QUESTIONS[1]].strip()
