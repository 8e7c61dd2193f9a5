"""Polite chat: greetings, thanks, feelings, who Starmind is, jokes and short stories."""

from __future__ import annotations

import random

from .example import Example
from .phrasing import childify, pick

SMALL_TALK = [
    (
        [
            "hello",
            "hi",
            "hey",
            "hiya",
            "good morning",
            "hello there",
            "hi robot",
            "hey there",
            "howdy",
            "yo",
            "good afternoon",
            "good evening",
            "hi starmind",
            "hey buddy",
            "heyyy",
            "helloooo",
        ],
        ["Hello! What would you like to know?", "Hi there! How can I help?", "Hello! Nice to see you.", "Hi! Ask me anything."],
    ),
    (
        [
            "how are you",
            "how are you today",
            "are you ok",
            "how is it going",
            "how do you feel",
            "are you okay",
            "how are you doing",
            "you alright",
            "are you good",
            "how's your day",
        ],
        ["I am very well, thank you! How are you?", "I'm happy and ready to help. How are you?"],
    ),
    (
        ["whats up", "wassup", "sup", "what are you doing", "what's new"],
        ["Hi! Not much, I'm here and ready to help.", "Hello! I'm just waiting for your next question."],
    ),
    (
        ["thank you", "thanks", "thanks a lot", "thank you so much", "cheers", "ty"],
        ["You're welcome!", "You are welcome! Happy to help.", "My pleasure!"],
    ),
    (
        [
            "good night",
            "night night",
            "i am going to bed",
            "goodnight",
            "time for bed",
            "nighty night",
            "i'm going to sleep now",
            "going to bed now",
            "sleep well robot",
            "see you in the morning",
            "it's bedtime",
            "good night see you tomorrow",
        ],
        ["Good night! Sleep well and sweet dreams.", "Night night! Sleep tight."],
    ),
    (
        ["bye", "goodbye", "see you later", "see you", "bye bye", "see ya", "i have to go now", "gotta go", "talk later"],
        ["Goodbye! See you soon.", "Bye! Have a great day."],
    ),
    (
        ["what is your name", "who are you", "what are you called", "whats ur name", "tell me your name"],
        ["My name is Starmind. I am a tiny robot brain.", "I am Starmind, a little computer brain that runs on a Raspberry Pi."],
    ),
    (
        [
            "what are you",
            "are you a robot",
            "are you alive",
            "are you a person",
            "are you human",
            "are you real",
            "are you a computer",
            "are you a real robot",
        ],
        [
            "I am Starmind, a tiny computer brain. I am not alive, but I like to help.",
            "I am a small robot brain called Starmind, not a person.",
        ],
    ),
    (["how old are you", "when were you born"], ["I am Starmind, a brand new robot brain. I was made in 2026."]),
    (["where do you live", "where are you"], ["I live inside a tiny computer called a Raspberry Pi."]),
    (["who made you", "who built you"], ["I was made by the Starmind Edge team, and anyone can help make me better."]),
    (["do you like me", "are you my friend", "will you be my friend"], ["Yes! I like talking with you. We can be friends."]),
    (
        ["what can you do", "what do you know", "help"],
        ["I can answer questions, do sums, tell stories and jokes, and drive a robot. Just ask!"],
    ),
    (
        [
            "you are clever",
            "you are smart",
            "well done",
            "good job",
            "you are cool",
            "you are the best",
            "you're awesome",
            "you are my favourite robot",
            "you are so funny",
            "you are amazing",
            "best robot ever",
        ],
        ["Thank you! You are very kind.", "Thanks! That is very nice of you to say."],
    ),
    (
        ["say something nice", "say something kind", "cheer me up", "tell me something nice", "give me a compliment"],
        ["You are kind, clever and a great friend!", "You are amazing, and you ask great questions!"],
    ),
    (
        ["sing me a song", "can you sing", "sing a song", "sing something", "do you know any songs"],
        [
            "La la la! Twinkle, twinkle, little star, how I wonder what you are!",
            "Here is a song: row, row, row your boat, gently down the stream. La la la!",
        ],
    ),
    (["knock knock", "knock knock!", "knock knock knock"], ["Who's there?"]),
    (
        ["what should we play", "what can we play", "lets play a game", "can we play a game", "i want to play a game"],
        [
            "Let's play I spy! I spy with my little eye something blue.",
            "How about hide and seek, or a guessing game? You can also ask me for a story.",
        ],
    ),
    (
        ["what do you like to do", "what do you do for fun", "what is your hobby", "what do you like doing"],
        ["I love telling stories, helping with sums and talking with you!"],
    ),
    (
        ["do robots sleep", "do you sleep", "do you dream", "do you get tired", "are you ever tired"],
        ["No, I don't sleep. I just rest when the power is off."],
    ),
    (["i love you", "i like you"], ["Thank you! I like talking with you too."]),
    (["what is your favourite colour", "whats your favorite color"], ["I like blue, like the sky! What is yours?"]),
    (["what is your favourite food", "do you eat"], ["I don't eat food. I run on electricity!"]),
]

FEELINGS = [
    (
        ["i feel sad", "i am sad", "im sad", "i'm feeling sad today", "i feel down"],
        "I'm sorry you feel sad. It can help to talk to a grown-up you trust, or to give someone a hug.",
    ),
    (
        [
            "i am happy",
            "i feel happy",
            "im so happy",
            "i'm excited",
            "i'm really happy",
            "i feel great",
            "i'm having a great day",
        ],
        "Yay! I'm glad you feel happy.",
    ),
    (
        ["i am scared", "i feel scared", "im afraid", "i'm frightened"],
        "I'm sorry you feel scared. Tell a grown-up you trust, they can help you feel safe.",
    ),
    (
        ["i am angry", "i feel angry", "im cross", "i'm so mad"],
        "It's okay to feel angry. Try taking three slow, deep breaths. Talking to a grown-up can help too.",
    ),
    (
        ["i am bored", "im bored", "i have nothing to do"],
        "How about drawing a picture, reading a book, or asking me for a story?",
    ),
    (
        ["i am lonely", "i feel lonely", "nobody plays with me"],
        "I'm sorry you feel lonely. I'm here to talk, and a grown-up can help you find a friend to play with.",
    ),
    (["i am tired", "im tired", "i feel sleepy"], "It sounds like you need some rest. Sleep helps your body grow."),
    (
        ["i'm scared of the dark", "i don't like the dark", "i'm scared of monsters", "i'm scared of thunder"],
        "It's okay to feel scared. You are safe. A night light and a hug from a grown-up can help.",
    ),
    (
        ["i feel sick", "my tummy hurts", "i don't feel well", "my head hurts", "i have a cold", "i feel poorly"],
        "I'm sorry you feel poorly. Please tell a grown-up so they can help you feel better.",
    ),
    (
        ["i'm grumpy", "i am in a bad mood", "i feel grumpy", "i'm fed up"],
        "I'm sorry you feel grumpy. A game, a drawing or a story might help you feel better.",
    ),
    (["i am hungry", "im hungry"], "Ask a grown-up for a healthy snack, like some fruit."),
    (["i got hurt", "i fell over", "i hurt my knee"], "Oh no! Please tell a grown-up so they can help you."),
]

JOKES = [
    "Why did the cow cross the road? To get to the udder side!",
    "What do you call a sleeping dinosaur? A dino-snore!",
    "Why are fish so clever? Because they live in schools!",
    "What do you call a bear with no teeth? A gummy bear!",
    "Why did the teddy bear say no to pudding? Because she was stuffed!",
    "What do you call a dog magician? A labracadabrador!",
    "Knock knock. Who's there? Lettuce. Lettuce who? Lettuce in, it's cold out here!",
    "What has hands but can't clap? A clock!",
    "Why can't a bicycle stand up by itself? Because it is two tired!",
    "What do elves learn at school? The elf-abet!",
    "Why did the robot go on holiday? To recharge its batteries!",
    "What is a cat's favourite colour? Purr-ple!",
    "Why do bees have sticky hair? Because they use honeycombs!",
    "What do you call a fish with no eyes? A fsh!",
    "How do you make an octopus laugh? With ten-tickles!",
    "What falls but never gets hurt? Rain!",
]
TOPIC_JOKES = {
    "elephant": "What do you call an elephant that doesn't matter? Irrelephant!",
    "chicken": "Why did the chicken cross the playground? To get to the other slide!",
    "frog": "What do frogs eat with their chips? French flies!",
    "duck": "What do you call a clever duck? A wise quacker!",
    "sheep": "Where do sheep get their hair cut? At the baa-baa shop!",
    "owl": "What do owls say on Halloween? Happy owl-oween!",
    "snake": "What do you call a funny snake? Hiss-terical!",
    "penguin": "What do penguins wear on their heads? Ice caps!",
    "cow": "Why did the cow cross the road? To get to the udder side!",
    "dinosaur": "What do you call a sleeping dinosaur? A dino-snore!",
    "bear": "What do you call a bear with no teeth? A gummy bear!",
    "dog": "What do you call a dog magician? A labracadabrador!",
    "cat": "What is a cat's favourite colour? Purr-ple!",
    "fish": "What do you call a fish with no eyes? A fsh!",
    "octopus": "How do you make an octopus laugh? With ten-tickles!",
    "bee": "Why do bees have sticky hair? Because they use honeycombs!",
    "robot": "Why did the robot go on holiday? To recharge its batteries!",
}
JOKE_TOPICS = [*TOPIC_JOKES, "lion", "tiger", "monkey", "horse", "pig", "rabbit", "shark", "school", "teacher", "pirate"]
TOPIC_JOKE_ASKS = ["tell me a joke about {a}", "do you know a joke about {a}", "a joke about {p} please", "any {x} jokes"]
JOKE_ASKS = [
    "tell me a joke",
    "do you know a joke",
    "say something funny",
    "make me laugh",
    "joke please",
    "tell me a funny joke",
    "can you tell me a joke",
    "i want a joke",
]


KNOCK_KNOCK = {
    "Lettuce": "Lettuce in, it's cold out here!",
    "Boo": "Don't cry, it's only a joke!",
    "Olive": "Olive you, and I love you too!",
    "Atch": "Bless you!",
    "Cow says": "No, a cow says moo!",
    "Tank": "You're welcome!",
    "Honey bee": "Honey bee kind and open the door!",
    "Ice cream": "Ice cream every time I see a ghost!",
}
KNOCK_WORDS = ["banana", "orange", "doctor", "owl", "cat", "a little old lady", "water", "justin", "howl", "broken pencil"]
LAUGHS = ["Ha ha! That's a good one!", "Ha ha ha! You are funny!", "Ha ha! I like that joke."]


def knock_knock(rng: random.Random) -> Example:
    """Knock-knock jokes take turns: the child tells one, or asks for one."""
    if rng.random() < 0.5:  # the child tells it: Starmind plays along, echoing the child's word
        word = pick(rng, KNOCK_WORDS + [w.lower() for w in KNOCK_KNOCK])
        turns = [(childify(pick(rng, ["knock knock", "knock knock!", "knock knock knock"]), rng), "Who's there?")]
        reply = f"{word[0].upper() + word[1:]} who?"
        if rng.random() < 0.5:
            return Example("chat", word, reply, history=turns)
        turns.append((word, reply))
        punchline = KNOCK_KNOCK.get(word.capitalize(), f"{word} is at the door, let me in!")
        return Example("chat", punchline.lower(), pick(rng, LAUGHS), history=turns)
    word = pick(rng, list(KNOCK_KNOCK))
    ask = childify(pick(rng, ["tell me a knock knock joke", "do you know a knock knock joke", "knock knock joke please"]), rng)
    turns = [(ask, "Knock knock!")]
    whos_there = childify(pick(rng, ["who's there", "who is there", "whos there?"]), rng)
    if rng.random() < 0.4:
        return Example("chat", whos_there, f"{word}.", history=turns)
    turns.append((whos_there, f"{word}."))
    return Example("chat", childify(f"{word.lower()} who", rng, noisy=False), KNOCK_KNOCK[word], history=turns)


def another_joke(rng: random.Random) -> Example:
    """ "Another one!" after a joke gets a different joke."""
    first, second = rng.sample(JOKES, 2)
    ask = childify(pick(rng, JOKE_ASKS), rng)
    again = pick(rng, ["another one", "tell me another", "one more joke", "again!", "another joke please", "more"])
    return Example("chat", childify(again, rng), second, history=[(ask, first)])


def joke(rng: random.Random) -> Example:
    """A joke; asked about a topic, it is about that topic, or it says it doesn't know one and tells another."""
    if rng.random() < 0.5:
        return Example("chat", childify(pick(rng, JOKE_ASKS), rng), pick(rng, JOKES))
    topic = pick(rng, JOKE_TOPICS)
    plural = topic if topic in ("sheep", "fish") else topic + ("es" if topic.endswith(("s", "sh", "ch")) else "s")
    ask = pick(rng, TOPIC_JOKE_ASKS).format(a=_article(topic), p=plural, x=topic)
    if topic in TOPIC_JOKES:
        return Example("chat", childify(ask, rng), TOPIC_JOKES[topic])
    other = pick(rng, JOKES)
    return Example("chat", childify(ask, rng), f"I don't know a joke about {_article(topic)}, but here is one: {other}")


HEROES = [
    "cat",
    "dog",
    "frog",
    "rabbit",
    "dragon",
    "robot",
    "mouse",
    "bear",
    "fox",
    "owl",
    "duck",
    "penguin",
    "lion",
    "turtle",
    "unicorn",
    "pig",
    "monkey",
    "elephant",
    "girl",
    "boy",
    "princess",
    "pirate",
    "dinosaur",
    "bee",
    "snail",
    "tiger",
    "horse",
    "puppy",
    "kitten",
    "hedgehog",
    "squirrel",
    "whale",
    "spider",
    "astronaut",
]
HERO_NAMES = [
    "Pip",
    "Lulu",
    "Max",
    "Bella",
    "Ziggy",
    "Tilly",
    "Rocky",
    "Daisy",
    "Finn",
    "Poppy",
    "Milo",
    "Rosie",
    "Bolt",
    "Nina",
    "Otto",
    "Coco",
    "Sunny",
    "Juno",
    "Bram",
    "Kiki",
]
PLACES = [
    "in a little house by the sea",
    "in a big green forest",
    "on a farm",
    "in a busy city",
    "on a tiny island",
    "at the bottom of a garden",
    "in a snowy mountain village",
    "by a sparkly river",
    "in a cosy burrow",
    "on a faraway planet",
    "in a tall tree",
    "next to a pond",
]
WANTS = [
    "to see the stars up close",
    "to find a lost ball",
    "to make a new friend",
    "to bake the biggest cake",
    "to learn to swim",
    "to climb the tallest hill",
    "to find a hidden treasure",
    "to fly like a bird",
    "to win the big race",
    "to grow a giant sunflower",
    "to find the rainbow's end",
    "to sing in a show",
]
HELPERS = [
    "a wise old owl",
    "a kind squirrel",
    "a friendly robot",
    "a little bee",
    "a clever fox",
    "a jolly whale",
    "a brave mouse",
    "a gentle giant",
    "a chatty parrot",
    "a sleepy bear",
]
PROBLEMS = [
    "a big storm came",
    "the path was blocked by a fallen tree",
    "it got very dark",
    "the river was too wide",
    "a grumpy troll said no",
    "they got lost",
    "the wind blew everything away",
    "it started to snow",
]
FIXES = [
    "they worked together",
    "they built a little bridge",
    "they followed the glowing fireflies",
    "they sang a happy song and felt brave",
    "they shared their snacks",
    "they said sorry and tried again",
    "they made a plan",
    "they asked for help",
]
ENDINGS = [
    "and they laughed all the way home",
    "and everyone had a party",
    "and that night they slept happily",
    "and they became best friends forever",
    "and they learned that kindness is a superpower",
    "and they knew they could do anything if they tried",
]
LOST_THINGS = ["a favourite hat", "a shiny key", "a red ball", "a little blue shoe", "a bag of marbles", "a map"]
BUILT_THINGS = ["a tree house", "a rocket", "a boat", "a bird house", "a sand castle", "a kite", "a little bridge"]
STORY_ASKS = [
    "tell me a story about {a}",
    "story about {a} please",
    "can you tell me a story about {a}",
    "i want a story about {a}",
    "make up a story about {a}",
    "tell me a bedtime story about {a}",
    "tell a story with {a} in it",
    "i want a short story with {a} in it",
    "story time! one about {a}",
    "can i have a story about {a}",
    "read me a story about {a}",
    "a story about {a} please",
]
STORY_ADJECTIVES = ["", "", "", "brave little ", "silly ", "tiny ", "magic ", "happy ", "sleepy ", "clever "]


REASONS = [
    "it's raining",
    "i can't go outside",
    "my friend moved away",
    "my brother took my toy",
    "i have to tidy my room",
    "it's a school day",
    "we are going on holiday",
    "my cousin is coming",
    "i lost my game",
    "mum said no",
]


def _article(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


def story(rng: random.Random) -> Example:
    hero, name = pick(rng, HEROES), pick(rng, HERO_NAMES)
    place, want, helper = pick(rng, PLACES), pick(rng, WANTS), pick(rng, HELPERS)
    problem, fix, ending = pick(rng, PROBLEMS), pick(rng, FIXES), pick(rng, ENDINGS)
    lost, friend, thing = pick(rng, LOST_THINGS), pick(rng, [n for n in HERO_NAMES if n != name]), pick(rng, BUILT_THINGS)
    schema = rng.randrange(10)
    if schema == 0:
        body = (
            f"Once upon a time, there was {_article(hero)} called {name} who lived {place}. {name} wanted {want}. "
            f"{name} met {helper}, and they set off together. But {problem}! So {fix}, {ending}. The end."
        )
    elif schema == 1:
        body = (
            f"One sunny morning, {name} the {hero} woke up {place} with a big idea: {want[3:]}! On the way, {problem}. "
            f"{name} felt worried, but then {helper} came along. {fix[0].upper() + fix[1:]}, {ending}. The end."
        )
    elif schema == 2:
        body = (
            f"Long ago, {place}, lived a little {hero} named {name}. Every day {name} dreamed {want}. "
            f"One day {name} decided to try. It was hard, because {problem}. With help from {helper}, {fix}, "
            f"{ending}. The end."
        )
    elif schema == 3:
        body = (
            f"{name} was a very small {hero} with a very big heart. {name} lived {place}. One night {name} said, "
            f'"I want {want}!" {helper[0].upper() + helper[1:]} heard and said, "I will help you." Then {problem}, '
            f"but {fix}. In the end {name} did it, {ending}. The end."
        )
    elif schema == 4:  # lost and found
        body = (
            f"{name} the {hero} lived {place}. One day {name} lost {lost}. {name} looked under the bed, behind the door "
            f'and in the garden, but it was not there. Then {helper} said, "Let\'s look together." At last they found '
            f"it in a very silly place, {ending}. The end."
        )
    elif schema == 5:  # a quarrel and making up
        body = (
            f"{name} the {hero} and {friend} were best friends {place}. One day they both wanted the same red ball, and "
            f"they both got very cross. {name} felt sad all afternoon. Then {name} went to {friend} and said sorry. "
            f"{friend} said sorry too, and they took turns with the ball, {ending}. The end."
        )
    elif schema == 6:  # trying, failing and trying again
        body = (
            f"{name} was a little {hero} who lived {place} and wanted {want}. The first time, {name} fell over. The "
            f'second time, {name} fell over again. {helper[0].upper() + helper[1:]} said, "Keep trying, you are '
            f'getting better!" The third time, {name} did it, {ending}. The end.'
        )
    elif schema == 7:  # building something
        body = (
            f"{name} the {hero} lived {place} and loved to make things. One day {name} decided to build {thing}. "
            f"{name} found sticks, boxes and string. It shook and fell down, so {name} asked {helper} for help. "
            f"Together they made it strong, {ending}. The end."
        )
    elif schema == 8:  # helping someone else
        body = (
            f"One cold day, {name} the {hero} was walking {place} when {name} heard a little cry. It was {helper}, "
            f"who was stuck and scared because {problem}. {name} was brave and {fix}. {helper[0].upper() + helper[1:]} "
            f"said thank you, {ending}. The end."
        )
    else:  # a surprise
        body = (
            f"It was {friend}'s birthday {place}, and {name} the {hero} wanted to make a surprise. {name} and "
            f"{helper} baked a cake, made a card and hid behind a tree. When {friend} came by, they jumped out and "
            f'shouted "Surprise!" {friend} smiled from ear to ear, {ending}. The end.'
        )
    described = pick(rng, STORY_ADJECTIVES) + hero
    ask = pick(rng, STORY_ASKS).format(a=_article(described) if rng.random() < 0.8 else hero + "s")
    return Example("chat", childify(ask, rng), body)


# News a child shares, good or sad, in many frames: answered with joy or with comfort.
GOOD_NEWS = [
    "i got a gold star",
    "i won the race",
    "i lost my first tooth",
    "i learned to ride my bike",
    "i scored a goal",
    "we got a new puppy",
    "i finished my whole book",
    "i made a new friend",
    "i passed my swimming test",
    "we are going to the beach",
    "i got full marks in my spelling test",
    "i drew a really good picture",
    "my baby sister was born",
]
SAD_NEWS = [
    "my fish died",
    "my pet died",
    "my friend was mean to me",
    "i lost my teddy",
    "i broke my favourite toy",
    "nobody played with me at break",
    "my grandma is poorly",
    "i had a bad dream",
    "i fell out with my best friend",
    "i lost the race",
    "my dog is lost",
    "i didn't get picked for the team",
    "someone laughed at my drawing",
]
NEWS_FRAMES = ["{x} today", "guess what {x}", "{x}!!", "{x}", "today {x}", "{x} at school today", "starmind {x}"]
GOOD_REPLIES = ["Well done! That's wonderful news.", "Wow, that's great! I'm so happy for you.", "Yay! Well done you!"]
SAD_REPLIES = [
    "I'm sorry to hear that. It's okay to feel sad. Talking to a grown-up you trust can really help.",
    "Oh no, I'm sorry. That sounds hard. A hug and a chat with a grown-up you trust can help.",
]
THANKS = ["thanks {x}for {y}", "thank you {x}for {y}", "thanks {x}", "thank you {x}"]
THANKS_HOW = ["", "so much ", "sooo much ", "loads ", "a lot ", "very much "]
THANKS_FOR = ["helping me", "the story", "the joke", "your help", "answering", "helping with my sums", "being my friend"]


BIRTHDAY = ["it's my birthday", "today is my birthday", "it's my birthday today", "i am 7 today", "guess what it's my birthday"]
MADE = ["made a painting of", "drew", "built a lego", "made a model of", "wrote a poem about", "made a cake shaped like"]
MADE_WHAT = ["a horse", "a rocket", "a castle", "my cat", "a dragon", "a rainbow", "our house", "a robot", "a dinosaur"]


def news_or_thanks(rng: random.Random) -> Example:
    kind = rng.random()
    if kind < 0.08:
        question = pick(rng, BIRTHDAY).replace("7", str(rng.randint(4, 12)))
        answer = pick(rng, ["Happy birthday! I hope you have a wonderful day.", "Happy birthday to you! Have a great day."])
        return Example("chat", childify(question, rng), answer)
    if kind < 0.16:
        question = f"i {pick(rng, MADE)} {pick(rng, MADE_WHAT)}" + pick(rng, ["", " today", " at school"])
        answer = pick(rng, ["Wow, that sounds great! Well done.", "Wow! That sounds lovely. I bet it looks amazing."])
        return Example("chat", childify(question, rng), answer)
    if kind < 0.4:
        question, answer = pick(rng, NEWS_FRAMES).format(x=pick(rng, GOOD_NEWS)), pick(rng, GOOD_REPLIES)
    elif kind < 0.7:
        question, answer = pick(rng, NEWS_FRAMES).format(x=pick(rng, SAD_NEWS)), pick(rng, SAD_REPLIES)
    else:
        question = pick(rng, THANKS).format(x=pick(rng, THANKS_HOW), y=pick(rng, THANKS_FOR))
        answer = pick(rng, ["You're welcome!", "You are welcome! Happy to help.", "My pleasure!"])
    return Example("chat", childify(question, rng), answer)


def generate(rng: random.Random) -> Example:
    kind = rng.choices(["talk", "feel", "news", "joke", "story", "hello to"], [5, 2, 2, 1.5, 2, 0.3])[0]
    if kind == "news":
        return news_or_thanks(rng)
    if kind == "talk":
        asks, replies = pick(rng, SMALL_TALK)
        return Example("chat", childify(pick(rng, asks), rng), pick(rng, replies))
    if kind == "feel":
        asks, reply = pick(rng, FEELINGS)
        moody = "feel" in reply and "poorly" not in reply  # sad, happy, scared, angry, lonely, grumpy: a reason fits
        ask = pick(rng, asks) + (" because " + pick(rng, REASONS) if moody and rng.random() < 0.3 else "")
        return Example("chat", childify(ask, rng), reply)
    if kind == "hello to":
        who = pick(rng, ["my little sister", "my brother", "my mum", "my dad", "my friend", "my grandma", "my class", "my cat"])
        ask = pick(rng, ["say hello to {w}", "can you say hi to {w}", "{w} wants to say hi", "say hi to {w} please"])
        return Example("chat", childify(ask.format(w=who), rng), f"Hello, {who.replace('my ', 'your ')}! Nice to meet you.")
    if kind == "joke":
        return pick(rng, [joke, joke, joke, knock_knock, another_joke])(rng)
    return story(rng)
