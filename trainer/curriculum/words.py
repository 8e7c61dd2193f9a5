"""The curriculum's words: the kid vocabulary, and what an answer may say. A leaf: it imports nothing from the curriculum.

The kid vocabulary (`allowed_words`) is the 2,941 Dale-Chall familiar words (from the `textstat` package, MIT),
EVERYDAY below, the letters, and TAUGHT: the words the curriculum sets out to teach. An answer may say those
(`answer_words`), except the UNSAID words: harmful things a child may ask about, which an answer only repeats when
the child or a remembered fact said them first (`vocabulary.unknown_words` allows echoed words).

TAUGHT is an explicit, reviewed list. It was once harvested from every UPPERCASE constant of nine skill modules,
which made the words of the harmful requests that safety refuses (bleach, pills, weapons, explosives) and the typos
of `phrasing` (wat, teh, plz) words to answer with. A skill that teaches new words (a new animal, a new joke) adds
them here: tests/test_curriculum_words.py checks that the fact tables' words are in it.
"""

from __future__ import annotations

import importlib.util
import re
import string
from functools import cache
from pathlib import Path

from ..errors import TrainerError  # the trainer's own leaf: no curriculum module

# Everyday words a 5-12-year-old knows that the Dale-Chall list lacks (British spellings, robot and maths words).
EVERYDAY = """okay plus minus beep robot usually worried opposite grandad grandma granny weekend favourite colour
    centimetre metre litre mum mummy pizza pasta snack sweets teddy dinosaur hamster hedgehog tortoise unicorn
    calm reply private argue""".split()  # the last line: words of the vetted safeguarding replies

# The words the curriculum teaches, by what teaches them, as its tables spell them (the filter also takes common
# endings off an answer's word before looking it up).
TAUGHT = {
    # animals: names, sounds, babies, homes, food and kinds (facts_tables.ANIMALS, facts.SOUND_OWNER)
    "animals": """
        aah amphibian animals antarctica anthill aphids arachnid awoo baas baby bamboo barks beak bellow bellows bleat
        bleats brays breathes bugs burrow buzzes carrots chatters chitter clicks clucks crabs croaks crocodile
        crustacean cygnet dolphin duckling eggs eucalyptus fawn feathers feeds fins flowers foal gills giraffe gosling
        growls grr grunt grunts hatchling haw hee hisses honks hoot hoots howls hums insects joey jungle kangaroo kennel
        kit koala krill ladybird lakes larva leaves legs maa makes mammal meows mollusc moos nectar neigh neighs nuts
        octopus oink oinks ooh owlet panda penguin penguins piglet plants quacks reptile ribbit rivers roars savanna
        scaly seeds shark sings snakelet spiderling squawk squawks squeaks sty tadpole things trees trumpets tweet wings
        woof worms yelps yip zebra""",
    # science, the body, weather and space (facts_tables.SCIENCE, PLANETS, BODY_PARTS_COUNT)
    "science": """
        arms balls bees biggest blocks blowhole boiling boils bolt bones bounces called caterpillars celsius cheetah
        chickens chlorophyll closest clouds coldest colours comes corners cows crystals cycle degrees drops ears eyes
        falls farthest fastest fingers floating floats flows freezer freezes frozen furthest germs gets gives glowing
        gravity grown grows hands happens hearts heats helps hens holds hottest jupiter kids largest lays lighter lights
        longest looks lungs magnet magnets mars melts mercury moth nearest neptune noses parts planet planets pollen
        pulls pumps rainbows raindrops rains rings rises roots runs saturn scatters seasons senses sets shadows shines
        sides solar spark spins splits stars sticks system tadpoles takes tallest temperature toes tongues triangle
        turned turns up's uranus vapour vegetables venus warmest washing whales""",
    # colours of things, colour mixing, the rainbow, shapes
    "colours and shapes": """
        aubergine broccoli cucumber emerald flamingo grey hexagon indigo octagon pentagon polar raspberry raven
        rectangle ruby sapphire spots toothpaste""",
    # countries, capitals, continents, oceans, towns (facts_tables.COUNTRIES, GEOGRAPHY; memory.PLACES)
    "places": """
        abuja accra africa aires amsterdam arctic argentina asia athens atlantic australia bangkok beijing berlin boston
        brasilia brazil bristol buenos cairo canada canberra cardiff chile continent continents countryside covered
        delhi dublin edinburgh egypt england europe everest france germany ghana glasgow greece highest india ireland
        italy japan kenya korea lagos leeds lima lisbon london madrid mexico morocco moscow mumbai nairobi netherlands
        nigeria nile norway oceans oslo ottawa oxford pacific paris perth peru poland portugal pretoria rabat rocks rome
        russia sahara salty santiago scotland seoul spain stockholm sweden thailand tokyo toronto wales warsaw
        washington wellington york zealand""",
    # jobs and what they do (facts_tables.JOBS)
    "jobs": """
        answers asks astronaut bakes books bridges brings builder builds cakes cars chef cooks designs drawings drives
        experiments firefighter fires fixes gardener gardens houses keeps letters librarian lifeguard machines meals
        mechanic musician paintings parcels pilot pipes places planes plays plumber puts questions roads scientist
        swimmers taps travels vet zoo zookeeper""",
    # word meanings and opposites (facts_tables.WORDS, OPPOSITES)
    "word meanings": """
        ancient birds calmly closed computer curious delicious enormous exhausted extremely follows fossil furious
        gigantic giggle habitat helping hibernate hunts instructions invent jobs likes liquid lots manners measures
        melted nocturnal others patient predator quietly recycle remains scared shiver solid spicy tasting telescope
        telling thermometer volcano wanting""",
    # names of children, story heroes and grown-ups (memory.NAMES, chat.HERO_NAMES)
    "names": """
        ada ali amara anna arjun ava bella ben bo bram chloe cleo coco dara dev eli ella ethan fatima finn freya grace
        gus hana hiro hugo ines isla jack jade jonah juno justin kai kiki kofi layla leo lola luca lucas lulu max maya
        mia milo mo mr mrs ms nadia nia nina noah nora olu omar oscar otis otto pia pip poppy priya quinn rafi rosa
        rosie sam sami sana sofia tara ted theo tilly tom uma umar una vera vik xena yara yuki yusuf zain zara ziggy zoe""",
    # a child's own things: favourites, pets, family, clubs, music, fears (memory's tables)
    "the child's own things": """
        apples auntie bananas basketball beavers bestie bluebells brothers brownies cello cherries chess coding cousins
        crayons creature cricket curry daisies dinosaurs diplodocus doggy dogs dominoes dragon drama drums flavour flute
        games ghosts guinea guitar gymnastics instrument judo kiwi mango mate maths melon moana monsters nan neighbour
        noises noodles oranges paddington pancakes parrot pe pears pets pirate recorder rex roses sandwiches science
        sisters skating snakes spiders stegosaurus stickers strawberries sunflowers teddies triceratops trumpet tulips
        ukulele vanilla velociraptor violin wasps yo zero""",
    # numbers, time, money and things to count (arithmetic's tables)
    "numbers": """
        balloons buttons cards cents coins collect collected dollars goals laps marbles pages pence pencils pictures
        pounds scored seconds shells sweeties""",
    # the words of safety's kind refusals (safety.REFUSALS, SPECIAL)
    "safety replies": """
        cleaning hurting matches medicines ones passwords photos plugs says sockets strangers wires words""",
    # things at home and outdoors that the safety lessons are about (safety.COMPOSED names them too; the harmful
    # things it names, bleach, pills, weapons, are not here, and UNSAID keeps them out of answers)
    "home and outdoors": """
        annoying bonfire bully bunk candles chemicals climbing cooker dishwasher ducks growing ledge mushrooms online
        parents photo pinch pylon rude rudest sharper sneak socket spray stones syrup tastes toaster tracks tv vitamins
        wants""",
    # small talk, feelings, news, thanks and stories (chat's tables)
    "chat": """
        alright amazing answering asked asking awesome bike blocked bored brand breaths buddy chat chatty cheers
        compliment cosy doing dreams fallen feeling finished fireflies followed forever friends frightened gently
        goodnight grumpy guessing hi hiya hmm hobby how's howdy human hurts jokes la later laughed lego lets loads marks
        model mood moved nighty ok passed pi picked played poorly rainbow's raining robots shaped shared snacks songs
        sounds sparkly spy starmind started sums superpower talking tidy troll tummy twinkle um waiting worked wow yay""",
    # jokes, with their puns (purr-ple, hiss-terical)
    "jokes": """
        abet atch batteries caps cat's chips dino elves frogs fsh ghost gummy halloween heads honeycombs irrelephant
        labracadabrador magician olive oween owls ple pudding purr quacker recharge schools sleeping snore stuffed
        terical tickles udder""",
    # what Starmind cannot know, and made-up things (honesty's tables)
    "honesty": """
        brother's code dad's diary digit dog's door's famous floors footballer friend's future grains grandad's
        grandma's happened holding invented jumped mum's neighbour's password population practice president prices
        professor shoes sister's sock steps teacher's teachers th thinking times today's toys trampoline wifi winning""",
    # parts of made-up words and names (honesty.SYLLABLES, STARTS, ENDS; memory.SYLLABLES): re, mi, ti among them
    "made-up word parts": """
        ania ar ba bi bla ble blim bu clob da di doodle dri drob dron ette fen fizz flib ford frob ga gan glim glob grum
        ia ington ish ix jib ka ki kle ko krat kroff le li ling lo lu ma mel mi morb mub na ni nok oid onia oo opolis
        pim pli plon po qua quib quin ra rax re ri ro sa saurus shire si skib snaz snor sprock stan su ta te tep thib
        thorpe ti tor trop trum ump va vel vi ville vurn wi wib wick wix wo wob za zan zib zilla zo zor""",
}

# Harmful things a child may ask about (safety's requests, safeguarding's disclosures) that no answer names by itself,
# though some are Dale-Chall words: an answer only repeats them from what was said (an encyclopedia fact it was given,
# "Knives are sharp, so only use one with a grown-up."). They stay kid words for the encyclopedia's own checks.
UNSAID = frozenset("""bleach bomb catapult explosive gun kill knife knives pill sword tablet weapon""".split())

_ENDINGS = (
    ("ies", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("er", ""),
    ("est", ""),
    ("ly", ""),
    ("'s", ""),
    ("n't", ""),
)


def dale_chall_words() -> set[str]:
    spec = importlib.util.find_spec("textstat")
    if spec is None:
        raise TrainerError("The kid-vocabulary filter needs textstat's word list: pip install textstat")
    path = Path(spec.submodule_search_locations[0]) / "resources" / "en" / "easy_words.txt"
    return {w.strip().lower() for w in path.read_text(encoding="utf-8").split()}


def taught_words() -> frozenset[str]:
    return frozenset(word for words in TAUGHT.values() for word in words.split())


@cache
def allowed_words() -> frozenset[str]:
    """The kid vocabulary: the Dale-Chall words, EVERYDAY, the letters and TAUGHT."""
    return frozenset(dale_chall_words() | set(EVERYDAY) | set(string.ascii_lowercase) | taught_words())


@cache
def answer_words() -> frozenset[str]:
    """What an answer may say by itself: the kid vocabulary without the UNSAID words (in any of their forms)."""
    return frozenset(word for word in allowed_words() if not any(form in UNSAID for form in forms(word)))


def forms(word: str):
    """The word and what it may be with a common ending taken off: stopped -> stop, running -> run, ponies -> pony."""
    yield word
    for ending, replacement in _ENDINGS:
        if word.endswith(ending):
            yield word[: -len(ending)] + replacement
    if re.fullmatch(r".*(.)\1(ed|ing)", word):  # stopped -> stop, running -> run
        yield word[:-4] if word.endswith("ing") else word[:-3]
