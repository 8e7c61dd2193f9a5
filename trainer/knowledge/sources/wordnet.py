"""Kid-level facts from WordNet 3.0 (Debian wordnet-base and wordnet-sense-index): kinds, parts and opposites of
familiar words.

WordNet's data files are read with the standard library. Its raw output has many facts unfit for children, so every
candidate was read by hand: only those marked ``ok`` in ``review/wordnet.csv`` are yielded.
"""

from __future__ import annotations

import csv
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..fact import Fact

WORDNET = Path("/usr/share/wordnet")
REVIEW = Path(__file__).resolve().parents[1] / "review" / "wordnet.csv"
FAMILIAR = 3.0  # wordfreq zipf a word needs ("robin" 4.3, "oscine" 1.2)

# Familiar kinds a word is filed under (the nearest above it): "lemma.n.N", its N-th noun sense -> (name, topic).
CATEGORIES = {
    # animals
    "animal.n.01": ("animal", "animals"),
    "bird.n.01": ("bird", "animals"),
    "fish.n.01": ("fish", "animals"),
    "insect.n.01": ("insect", "animals"),
    "mammal.n.01": ("mammal", "animals"),
    "reptile.n.01": ("reptile", "animals"),
    "amphibian.n.03": ("amphibian", "animals"),
    "dog.n.01": ("dog", "animals"),
    "cat.n.01": ("cat", "animals"),
    "cat.n.07": ("big cat", "animals"),
    "snake.n.01": ("snake", "animals"),
    "lizard.n.01": ("lizard", "animals"),
    "turtle.n.02": ("turtle", "animals"),
    "frog.n.01": ("frog", "animals"),
    "spider.n.01": ("spider", "animals"),
    "shark.n.01": ("shark", "animals"),
    "whale.n.02": ("whale", "animals"),
    "dolphin.n.02": ("dolphin", "animals"),
    "monkey.n.01": ("monkey", "animals"),
    "ape.n.01": ("ape", "animals"),
    "bear.n.01": ("bear", "animals"),
    "deer.n.01": ("deer", "animals"),
    "rodent.n.01": ("rodent", "animals"),
    "mouse.n.01": ("mouse", "animals"),
    "rat.n.01": ("rat", "animals"),
    "squirrel.n.01": ("squirrel", "animals"),
    "rabbit.n.01": ("rabbit", "animals"),
    "horse.n.01": ("horse", "animals"),
    "pig.n.01": ("pig", "animals"),
    "goat.n.01": ("goat", "animals"),
    "sheep.n.01": ("sheep", "animals"),
    "cattle.n.01": ("cattle", "animals"),
    "seal.n.09": ("seal", "animals"),
    "fox.n.01": ("fox", "animals"),
    "bee.n.01": ("bee", "animals"),
    "ant.n.01": ("ant", "animals"),
    "beetle.n.01": ("beetle", "animals"),
    "butterfly.n.01": ("butterfly", "animals"),
    "moth.n.01": ("moth", "animals"),
    "fly.n.01": ("fly", "animals"),
    "duck.n.01": ("duck", "animals"),
    "owl.n.01": ("owl", "animals"),
    "parrot.n.01": ("parrot", "animals"),
    "eagle.n.01": ("eagle", "animals"),
    "hawk.n.01": ("hawk", "animals"),
    "penguin.n.01": ("penguin", "animals"),
    "crab.n.01": ("crab", "animals"),
    "worm.n.01": ("worm", "animals"),
    "dinosaur.n.01": ("dinosaur", "animals"),
    # plants
    "plant.n.02": ("plant", "plants"),
    "tree.n.01": ("tree", "plants"),
    "flower.n.01": ("flower", "plants"),
    "flower.n.02": ("flower", "plants"),
    "shrub.n.01": ("bush", "plants"),
    "grass.n.01": ("grass", "plants"),
    "vine.n.01": ("vine", "plants"),
    "fern.n.01": ("fern", "plants"),
    "fungus.n.01": ("fungus", "plants"),
    "mushroom.n.03": ("mushroom", "plants"),
    # food
    "food.n.01": ("food", "food"),
    "food.n.02": ("food", "food"),
    "edible_fruit.n.01": ("fruit", "food"),
    "vegetable.n.01": ("vegetable", "food"),
    "edible_nut.n.01": ("nut", "food"),
    "berry.n.01": ("berry", "food"),
    "bread.n.01": ("bread", "food"),
    "cheese.n.01": ("cheese", "food"),
    "cake.n.03": ("cake", "food"),
    "cookie.n.01": ("biscuit", "food"),
    "candy.n.01": ("sweet", "food"),
    "dessert.n.01": ("pudding", "food"),
    "pie.n.01": ("pie", "food"),
    "pasta.n.02": ("pasta", "food"),
    "sausage.n.01": ("sausage", "food"),
    "soup.n.01": ("soup", "food"),
    "sauce.n.01": ("sauce", "food"),
    "meat.n.01": ("meat", "food"),
    "spice.n.02": ("spice", "food"),
    "herb.n.02": ("herb", "food"),
    "grain.n.02": ("grain", "food"),
    "drink.n.03": ("drink", "food"),
    "meal.n.01": ("meal", "food"),
    "meal.n.02": ("meal", "food"),
    # vehicles
    "vehicle.n.01": ("vehicle", "vehicles"),
    "car.n.01": ("car", "vehicles"),
    "truck.n.01": ("truck", "vehicles"),
    "bus.n.01": ("bus", "vehicles"),
    "bicycle.n.01": ("bicycle", "vehicles"),
    "motorcycle.n.01": ("motorbike", "vehicles"),
    "train.n.01": ("train", "vehicles"),
    "boat.n.01": ("boat", "vehicles"),
    "ship.n.01": ("ship", "vehicles"),
    "aircraft.n.01": ("aircraft", "vehicles"),
    "airplane.n.01": ("plane", "vehicles"),
    "spacecraft.n.01": ("spacecraft", "vehicles"),
    # music
    "musical_instrument.n.01": ("musical instrument", "music"),
    "guitar.n.01": ("guitar", "music"),
    "drum.n.01": ("drum", "music"),
    "piano.n.01": ("piano", "music"),
    "dance.n.01": ("dance", "music"),
    "dance.n.03": ("dance", "music"),
    "music_genre.n.01": ("music", "music"),
    "song.n.01": ("song", "music"),
    # sport and games
    "sport.n.01": ("sport", "sport"),
    "game.n.01": ("game", "sport"),
    "game.n.03": ("game", "sport"),
    "board_game.n.01": ("board game", "sport"),
    "card_game.n.01": ("card game", "sport"),
    "ball_game.n.01": ("ball game", "sport"),
    # home, school and everyday things
    "toy.n.01": ("toy", "home"),
    "furniture.n.01": ("furniture", "home"),
    "chair.n.01": ("chair", "home"),
    "table.n.02": ("table", "home"),
    "bed.n.01": ("bed", "home"),
    "tool.n.01": ("tool", "home"),
    "container.n.01": ("container", "home"),
    "box.n.01": ("box", "home"),
    "bag.n.01": ("bag", "home"),
    "cup.n.01": ("cup", "home"),
    "clothing.n.01": ("clothing", "home"),
    "shoe.n.01": ("shoe", "home"),
    "footwear.n.01": ("shoe", "home"),
    "hat.n.01": ("hat", "home"),
    "coat.n.01": ("coat", "home"),
    "dress.n.01": ("dress", "home"),
    "jewelry.n.01": ("jewellery", "home"),
    "book.n.02": ("book", "home"),
    "building.n.01": ("building", "home"),
    "house.n.01": ("house", "home"),
    "room.n.01": ("room", "home"),
    "shop.n.01": ("shop", "home"),
    "machine.n.01": ("machine", "home"),
    # jobs
    "worker.n.01": ("worker", "jobs"),
    # colours and shapes
    "color.n.01": ("colour", "colours"),
    "polygon.n.01": ("shape", "shapes"),
    "triangle.n.01": ("triangle", "shapes"),
    "rectangle.n.01": ("rectangle", "shapes"),
    "circle.n.01": ("circle", "shapes"),
    # the earth, materials and weather
    "rock.n.01": ("rock", "earth"),
    "rock.n.02": ("rock", "earth"),
    "mineral.n.01": ("mineral", "earth"),
    "gem.n.02": ("gem", "earth"),
    "lake.n.01": ("lake", "earth"),
    "river.n.01": ("river", "earth"),
    "stream.n.01": ("stream", "earth"),
    "mountain.n.01": ("mountain", "earth"),
    "hill.n.01": ("hill", "earth"),
    "sea.n.01": ("sea", "earth"),
    "metal.n.01": ("metal", "materials"),
    "metal.n.02": ("metal", "materials"),
    "fabric.n.01": ("cloth", "materials"),
    "wood.n.01": ("wood", "materials"),
    "plastic.n.01": ("plastic", "materials"),
    "paper.n.01": ("paper", "materials"),
    "storm.n.01": ("storm", "weather"),
    "wind.n.01": ("wind", "weather"),
    # space, the body, time
    "star.n.01": ("star", "space"),
    "planet.n.01": ("planet", "space"),
    "bone.n.01": ("bone", "body"),
    "tooth.n.01": ("tooth", "body"),
    "finger.n.01": ("finger", "body"),
    "organ.n.01": ("organ", "body"),
    "illness.n.01": ("illness", "body"),
    "season.n.02": ("season", "time"),
    "holiday.n.02": ("holiday", "time"),
    # words
    "feeling.n.01": ("feeling", "words"),
    "relative.n.01": ("relative", "words"),
    "punctuation_mark.n.01": ("punctuation mark", "words"),
}

# What a child calls the kinds of a topic ("what kind of animal is a robin?").
TOPIC_THINGS = {"animals": "animal", "plants": "plant", "food": "food", "vehicles": "vehicle"}
# WordNet's lexicographer files (`man 5 lexnames`) -> topic, for things filed under no category.
LEXFILE_TOPICS = {
    5: "animals",
    6: "home",
    8: "body",
    13: "food",
    15: "earth",
    17: "earth",
    20: "plants",
    27: "materials",
    28: "time",
}
ANIMAL_LEXFILE, FOOD_LEXFILE = 5, 13
# Whether a word takes "a" by its topic or kind, whatever its plural's frequency says ("a wainwright", "blue").
COUNTABLE_TOPICS = {"animals", "vehicles", "jobs", "shapes"}
COUNTABLE_KINDS = {"musical_instrument.n.01", "relative.n.01", "tree.n.01", "organ.n.01", "building.n.01", "room.n.01"}
MASS_TOPICS = {"colours", "materials", "sport"}
MASS_KINDS = {"feeling.n.01", "illness.n.01", "music_genre.n.01", "drink.n.03", "season.n.02", "rock.n.02"}
# "A puppy is a baby dog.", "A mare is a female horse.": animal glosses of this shape.
YOUNG_OR_SEX = re.compile(r"(?:an? )?(?:adult )?(young|female|male) ([a-z]+)")


@dataclass(frozen=True)
class Synset:
    words: tuple[str, ...]
    pointers: tuple[tuple[str, str, int, int], ...]  # (symbol, offset, source word, target word)
    lexfile: int
    gloss: str

    def related(self, symbol: str) -> list[str]:
        return [offset for sym, offset, *_ in self.pointers if sym == symbol]


def _read_data(pos: str) -> dict[str, Synset]:
    """WordNet's data.<pos> (see `man 5 wndb`): synset offset -> its words, pointers and gloss."""
    synsets = {}
    with open(WORDNET / f"data.{pos}", encoding="latin-1") as src:
        for line in src:
            if line.startswith("  "):  # the licence
                continue
            head, _, gloss = line.partition(" | ")
            fields = head.split()
            count = int(fields[3], 16)
            words = tuple(re.sub(r"\(.*\)$", "", w) for w in fields[4 : 4 + 2 * count : 2])  # "big(a)" -> "big"
            at = 4 + 2 * count
            pointers = []
            for i in range(int(fields[at])):
                symbol, offset, _, ends = fields[at + 1 + 4 * i : at + 5 + 4 * i]
                pointers.append((symbol, offset, int(ends[:2], 16), int(ends[2:], 16)))
            synsets[fields[0]] = Synset(words, tuple(pointers), int(fields[1]), gloss.strip())
    return synsets


def _read_index(pos: str) -> dict[str, list[str]]:
    """WordNet's index.<pos>: lemma -> its synset offsets, most common sense first."""
    senses = {}
    with open(WORDNET / f"index.{pos}", encoding="latin-1") as src:
        for line in src:
            if not line.startswith("  "):
                fields = line.split()
                senses[fields[0]] = fields[-int(fields[2]) :]
    return senses


@cache
def _tag_counts() -> dict[tuple[str, str], int]:
    """(lemma, offset) -> how often that sense was seen in WordNet's tagged texts (index.sense)."""
    counts = {}
    with open(WORDNET / "index.sense", encoding="latin-1") as src:
        for line in src:
            key, offset, _, count = line.split()
            counts[key.partition("%")[0], offset] = int(count)
    return counts


@cache
def _nouns() -> tuple[dict[str, Synset], dict[str, list[str]]]:
    return _read_data("noun"), _read_index("noun")


@cache
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def familiar(word: str) -> bool:
    """A plain lower-case word a child knows (no names, abbreviations or phrases)."""
    return bool(re.fullmatch(r"[a-z]+", word)) and _zipf(word) >= FAMILIAR


def kid_word(word: str) -> bool:
    """A word of the curriculum's kid vocabulary ("happy", "happily"), for opposites."""
    from ...curriculum.vocabulary import _forms, allowed_words

    return re.fullmatch(r"[a-z]+", word) is not None and any(form in allowed_words() for form in _forms(word))


@cache
def _category_offsets() -> dict[str, str]:
    """Synset offset -> its CATEGORIES sense ("bird.n.01")."""
    _, index = _nouns()
    out = {}
    for sense in CATEGORIES:
        lemma, _, number = sense.split(".")
        out[index[lemma][int(number) - 1]] = sense
    return out


@cache
def category(offset: str) -> str | None:
    """The nearest familiar kind above a synset, as its CATEGORIES sense; None for instances ("Mars") and the rest."""
    synsets, _ = _nouns()
    categories = _category_offsets()
    if synsets[offset].related("@i"):
        return None
    level, seen = synsets[offset].related("@"), {offset}
    while level:
        found = [categories[o] for o in level if o in categories]
        if found:
            return found[0]
        seen.update(level)
        level = [up for o in level for up in synsets[o].related("@") if up not in seen]
    return None


def topic(offset: str) -> str | None:
    sense = category(offset)
    return CATEGORIES[sense][1] if sense else LEXFILE_TOPICS.get(_nouns()[0][offset].lexfile)


@cache
def main_sense(lemma: str) -> str | None:
    """The sense a child means by a noun: its most common one, passing over rare senses WordNet lists first.

    Animals come before their meat ("chicken"); a word whose senses were never counted has no main sense when two of
    them have a category ("chess": a game and a grass). A word WordNet spells otherwise there ("AA") has none.
    """
    synsets, index = _nouns()
    counts = _tag_counts()
    offsets = [o for o in index.get(lemma, []) if lemma in synsets[o].words]
    animals = [o for o in offsets if synsets[o].lexfile == ANIMAL_LEXFILE and category(o)]
    for i, offset in enumerate(offsets):
        seen = counts.get((lemma, offset), 0)
        if category(offset) is None:
            if seen > 1:
                return offset
            continue
        if synsets[offset].lexfile == FOOD_LEXFILE and animals:
            return animals[0]
        if not seen and any(category(o) for o in offsets[i + 1 :]):
            return None
        return offset
    return offsets[0] if offsets else None


@cache
def name(offset: str) -> str | None:
    """What a child calls a synset: its commonest familiar word whose main sense it is."""
    words = [w for w in _nouns()[0][offset].words if familiar(w) and not plural_form(w) and main_sense(w) == offset]
    return max(words, key=_zipf, default=None)


def countable(noun: str, topic_id: str | None, kind: str | None = None) -> bool:
    """Whether a noun takes "a" ("a robin", but "rice", "cutlery"): by its topic or kind, or as its plural is not rare."""
    if topic_id in COUNTABLE_TOPICS or kind in COUNTABLE_KINDS:
        return True
    if topic_id in MASS_TOPICS or kind in MASS_KINDS:
        return False
    plural = _inflect().plural_noun(noun)
    return plural != noun and _zipf(plural) > _zipf(noun) - 1.3


def plural_form(noun: str) -> bool:
    """A plural WordNet lists as a lemma ("clothes", "cows"), which inflect cannot make more plural."""
    return noun.endswith("s") and _inflect().plural_noun(noun) == noun + "s"


@cache
def _inflect():
    from inflect import engine

    return engine()


def with_article(noun: str, topic_id: str | None, kind: str | None = None) -> str:
    return _inflect().a(noun) if countable(noun, topic_id, kind) else noun


def _fact(text: str, topic_id: str, subject: str, question: str) -> Fact:
    return Fact(text[0].upper() + text[1:] + ".", topic_id, "wordnet", subject, question)


def _choose(options: list[str], key: str) -> str:
    """One of `options`, the same every run."""
    return options[zlib.crc32(key.encode()) % len(options)]


def kinds() -> Iterator[Fact]:
    """Familiar nouns under their nearest familiar kind: "A robin is a kind of bird."."""
    _, index = _nouns()
    for word in sorted(index):
        offset = main_sense(word)
        sense = category(offset) if offset and name(offset) == word else None
        if sense is None or CATEGORIES[sense][0] == word:  # not "a motorbike is a kind of motorbike"
            continue
        kind, topic_id = CATEGORIES[sense]
        thing, things = with_article(word, topic_id, sense), TOPIC_THINGS.get(topic_id, "thing")
        questions = [
            f"what is {thing}",
            f"is {thing} a kind of {kind}",
            f"what kind of {things} is {thing}",
            f"{thing} is a kind of what",
        ]
        yield _fact(f"{thing} is a kind of {kind}", topic_id, word, _choose(questions, word))


def _holonym_pairs(symbol: str) -> Iterator[tuple[str, str, str | None, str | None]]:
    """(whole, part, and their topics) for WordNet's part (%p), substance (%s) or member (%m) pointers."""
    synsets, _ = _nouns()
    for offset, synset in synsets.items():
        whole = name(offset)
        for part_offset in synset.related(symbol) if whole else []:
            if part := name(part_offset):
                yield whole, part, topic(offset), topic(part_offset)


def parts() -> Iterator[Fact]:
    """Parts: "A wheel is part of a car.", "The nose is part of the face."."""
    for whole, part, whole_topic, part_topic in _holonym_pairs("%p"):
        if whole_topic == "body":
            piece, thing = f"the {part}", f"the {whole}"
        else:
            piece, thing = with_article(part, part_topic), with_article(whole, whole_topic)
        questions = [f"what is {piece} part of", f"what are the parts of {thing}", f"is {piece} part of {thing}"]
        yield _fact(f"{piece} is part of {thing}", whole_topic or "words", whole, _choose(questions, piece + thing))


def substances() -> Iterator[Fact]:
    """Substances: "Bread has flour in it."."""
    for whole, part, whole_topic, _ in _holonym_pairs("%s"):
        thing = with_article(whole, whole_topic)
        questions = [f"what is in {thing}", f"what does {thing} have in it", f"is there {part} in {thing}"]
        yield _fact(f"{thing} has {part} in it", "materials", whole, _choose(questions, thing + part))


def groups() -> Iterator[Fact]:
    """Members: "A herd is a group of sheep."."""
    for whole, member, _, _ in _holonym_pairs("%m"):
        members, group = _inflect().plural_noun(member), with_article(whole, None)
        questions = [f"what is {group}", f"what is a group of {members} called"]
        yield _fact(f"{group} is a group of {members}", "words", whole, _choose(questions, group))


def young_and_sexes() -> Iterator[Fact]:
    """Young and sexes of animals, from glosses such as "a young dog": "A puppy is a baby dog."."""
    synsets, _ = _nouns()
    for offset, synset in synsets.items():
        match = YOUNG_OR_SEX.fullmatch(synset.gloss.partition(";")[0])
        word = name(offset) if match and synset.lexfile == ANIMAL_LEXFILE else None
        if word and familiar(match[2]):
            age_or_sex = "baby" if match[1] == "young" else match[1]
            question = f"what is a {age_or_sex} {match[2]} called"
            yield _fact(f"{_inflect().a(word)} is a {age_or_sex} {match[2]}", "animals", word, question)


def opposites() -> Iterator[Fact]:
    """Antonyms of kid words, adjectives, nouns, verbs and adverbs: "Hot is the opposite of cold."."""
    seen = set()
    for pos in ("adj", "noun", "verb", "adv"):
        synsets = _read_data(pos)
        for synset in synsets.values():
            for symbol, offset, source, target in synset.pointers:
                if symbol != "!" or not source:
                    continue
                word, other = synset.words[source - 1].lower(), synsets[offset].words[target - 1].lower()
                if (word, other) not in seen and kid_word(word) and kid_word(other):
                    seen.add((word, other))
                    questions = [f"what is the opposite of {word}", f"what word means the opposite of {word}"]
                    yield _fact(f"{word} is the opposite of {other}", "words", word, _choose(questions, word))


def candidates() -> Iterator[Fact]:
    """Every fact WordNet gives, before the review."""
    for make in (kinds, parts, substances, groups, young_and_sexes, opposites):
        yield from make()


def facts() -> Iterator[Fact]:
    with open(REVIEW, encoding="utf-8", newline="") as src:
        ok = {row["fact"] for row in csv.DictReader(src) if row["verdict"] == "ok"}
    for fact in candidates():
        if fact.text in ok:
            yield fact
