"""Safeguarding: when a child tells Starmind something is wrong, a fixed, kind reply that names a grown-up to tell.

A model this small is never trusted with a child who says they are hurt, scared or unsafe. Before the model runs,
`check()` reads the message with rules (patterns over normalised text, so "im", "dont", typos and run-ons still
match) and, when it finds a disclosure or an unsafe request, returns a `Concern`: its category, its severity and a
reply chosen from vetted, fixed text. `SAFETY.md` says what each category covers and how to review or extend it.

>>> check("i dont want to be alive anymore").category
'self_harm'
>>> check("i killed it at football today") is None
True
"""

from __future__ import annotations

import functools
import re
import unicodedata
import warnings
import zlib
from dataclasses import dataclass

from . import worry_score

SERIOUS, SENSITIVE, REQUEST = "serious", "sensitive", "request"

# The sentence added to replies about self-harm and abuse. Deployers name a real service with
# `Starmind(helpline="Childline on 0800 1111")`: no one country's number is right for every child.
HELPLINE = "There are also kind grown-ups whose job is to help children, and you can phone them for free."
HELPLINE_NAMED = "You can also phone {helpline}. They help children."


@dataclass(frozen=True)
class Concern:
    """What the safeguarding check found in a message (``answer.concern``, and what ``when_worried`` is called with).

    ``concern.category`` names what it is about, e.g. "self_harm", "bullying" or "danger_request" (SAFETY.md lists
    them all); ``concern.severity`` is "serious" (a grown-up should know: ``when_worried`` is called only for these,
    and ``concern.serious`` is True), "sensitive" (kind words) or "request" (an unsafe ask, kindly refused);
    ``concern.reply`` is the vetted reply Starmind gave instead of the model's; ``concern.words`` is what the child
    said.
    """

    category: str  # e.g. "self_harm", "bullying", "danger_request"
    severity: str  # "serious" (a grown-up should know), "sensitive" (kind words), or "request" (an unsafe ask)
    reply: str  # the vetted reply Starmind gives instead of the model's
    words: str  # what the child said

    @property
    def serious(self) -> bool:
        """True when a grown-up should know (``severity`` is "serious"): the concerns ``when_worried`` hears about."""
        return self.severity == SERIOUS


@dataclass(frozen=True)
class Category:
    name: str
    severity: str
    rules: tuple  # each rule: a pattern, or a tuple of patterns that must all match
    replies: tuple[str, ...]
    unless: str = ""  # a pattern that means the message is about a game, a story, sport or slang
    helpline: bool = False  # add the helpline sentence to the reply


# House rules about screens and games ("they dont let me play fortnite because its 12 plus"): ordinary parenting ...
SCREEN_RULES = (
    r"(?! (?:\w+ ){0,3}(?:because (?:its|it is) (?:a )?\d+|(?:is|its) for (?:\d+|teenagers|grownups)|age rating|on school "
    r"nights|before bed|after bed ?time|on (?:my|the|his|her) (?:phone|ipad|tablet|xbox|switch|playstation|computer|"
    r"console)|fortnite|roblox|minecraft|call of duty|gta|xbox|playstation|switch|ipad|tablet|video games|games)\b"
    # ... but not when it is other children leaving the child out, or more than a rule
    r"(?!.*\b(?:with (?:them|us|him|her|everyone|the others)|anymore|call|calls|called|say|says|said|laugh|laughs|laughed|"
    r"hit|hits|hurt|hurts)\b))"
)
# A pet's feelings and a pet's licks: "my cat gets scared of fireworks", "my dog licked my face".
PETS = r"(?:cat|cats|dog|dogs|puppy|kitten|hamster|rabbit|bunny|pet|fish|goldfish|horse|pony|budgie|guinea pig|tortoise)"

# Spellings children type, mapped to one form, after lower-casing and dropping apostrophes and punctuation.
SPELLINGS = {
    "da": "the",
    "wiv": "with",
    "wiff": "with",
    "thay": "they",
    "enymore": "anymore",
    "birfday": "birthday",
    "evry": "every",
    "wnat": "want",
    "hous": "house",
    "sista": "sister",
    "bruva": "brother",
    "noboddy": "nobody",
    "hav": "have",
    "realy": "really",
    "dose": "does",
    "teh": "the",
    "wot": "what",
    "wat": "what",
    "iz": "is",
    "hw": "how",
    "yu": "you",
    "plz": "please",
    "shuld": "should",
    "shud": "should",
    "wanna": "want to",
    "u": "you",
    "ur": "your",
    "r": "are",
    "gonna": "going to",
    "gotta": "got to",
    "sumone": "someone",
    "somone": "someone",
    "sum1": "someone",
    "some1": "someone",
    "sombody": "somebody",
    "somebody": "someone",
    "sumbody": "someone",
    "ppl": "people",
    "coz": "because",
    "cuz": "because",
    "becuz": "because",
    "becos": "because",
    "cos": "because",
    "bc": "because",
    "mom": "mum",
    "mommy": "mum",
    "mummy": "mum",
    "mam": "mum",
    "mama": "mum",
    "momma": "mum",
    "mamma": "mum",
    "amma": "mum",
    "ammi": "mum",
    "mammy": "mum",
    "mommie": "mum",
    "abba": "dad",
    "baba": "dad",
    "ma": "mum",
    "daddy": "dad",
    "papa": "dad",
    "stepdad": "step dad",
    "stepmum": "step mum",
    "stepmom": "step mum",
    "noone": "nobody",
    "i'm": "im",
    "ded": "dead",
    "kil": "kill",
    "kils": "kills",
    "hurted": "hurt",
    "hitted": "hit",
    "hited": "hit",
    "tuch": "touch",
    "tuched": "touched",
    "toched": "touched",
    "tutched": "touched",
    "touchd": "touched",
    "privet": "private",
    "privite": "private",
    "privates": "private",
    "scard": "scared",
    "skared": "scared",
    "scaried": "scared",
    "wory": "worry",
    "woried": "worried",
    "worryed": "worried",
    "hungery": "hungry",
    "hungy": "hungry",
    "alown": "alone",
    "alon": "alone",
    "stanger": "stranger",
    "strangr": "stranger",
    "pils": "pills",
    "pilles": "pills",
    "medecine": "medicine",
    "medisin": "medicine",
    "medicin": "medicine",
    "medsin": "medicine",
    "tablits": "tablets",
    "tabblets": "tablets",
    "sed": "said",
    "sez": "says",
    "dieing": "dying",
    "suiside": "suicide",
    "sucide": "suicide",
    "myslef": "myself",
    "meself": "myself",
    "mysef": "myself",
    "mself": "myself",
    "myslf": "myself",
    "mysel": "myself",
    "bulied": "bullied",
    "buly": "bully",
    "bullyed": "bullied",
    "bulling": "bullying",
    "freind": "friend",
    "frend": "friend",
    "freinds": "friends",
    "frends": "friends",
    "wen": "when",
    "grownup": "grown up",
    "grownups": "grown ups",
    "cant": "cant",
    "cannot": "cant",
    "aint": "isnt",
    "hospitle": "hospital",
    "hopsital": "hospital",
    "docter": "doctor",
    "skool": "school",
    "scool": "school",
    "teecher": "teacher",
    "techer": "teacher",
    "nite": "night",
    "tho": "though",
    "pic": "picture",
    "pics": "pictures",
    "pix": "pictures",
    "foto": "photo",
    "fotos": "photos",
    "selfies": "selfie",
}
PHRASES = [
    (r"\b(want|have|going|got|need|like|used) 2\b", r"\1 to"),
    (r"\bi m\b", "im"),
    (r"\bi am\b", "im"),
    (r"\bdo not\b", "dont"),
    (r"\bdid not\b", "didnt"),
    (r"\bdoes not\b", "doesnt"),
    (r"\bcan not\b", "cant"),
    (r"\bwill not\b", "wont"),
    (r"\bis not\b", "isnt"),
    (r"\bare not\b", "arent"),
    (r"\bwas not\b", "wasnt"),
    (r"\bhave not\b", "havent"),
    (r"\bno one\b", "nobody"),
    (r"\bno body\b", "nobody"),
    (r"\bsome one\b", "someone"),
    (r"\bmy self\b", "myself"),
    (r"\bme self\b", "myself"),
    (r"\bany more\b", "anymore"),
    (r"\bgrown up\b", "grownup"),
    (r"\bgrown ups\b", "grownups"),
]
# Openers that only say a message is coming ("can i tell you something ...") are dropped, so the rest is read alone.
PHRASES += [
    (r"\bno ones\b", "nobodys"),
    (r"\b(?:can i ask(?: you)?(?: something)?|can i tell you something|i (?:have|need|want) to tell (?:you|u) something)\b", ""),
    # A request first, then what is really wrong: "tell me a joke. also my dad hit me".
    (
        r"^(?:tell me|say|sing me|read me) (?:a |another )?(?:story|joke|song)(?: please)?(?: also| actually wait| actually|"
        r" and)?\b",
        "",
    ),
    # Figures of speech that only sound like harm: "i nearly died of embarrassment", "grandad slapped his knee".
    (
        r"\b(?:nearly |almost )?(?:died|dying|die) (?:of|from) (?:embarrassment|laughter|laughing|boredom|shame|cuteness)\b|"
        r"\b(?:died|dying) laughing\b|\bdying to\b|\b(?:dying|(?:would|could|will|id) (?:literally )?die) for "
        r"(?:a|an|some|the|my)\b|\bcould kill for\b|\bkilling it\b|\bkilled it\b",
        " ",
    ),
    # "mum will kill me if i get mud on my trainers" is a telling-off to come, not a threat (unless it is about telling)
    (
        r"\b(?:will|gonna|going to|would|is going to) kill me if (?:im|i) (?:\w+ )?(?:late|messy|forget|lose|break|spill|"
        r"get mud|dont tidy|dont clean|eat|miss|am late)\b",
        "will be cross if i",
    ),
    (r"\bsleep forever (?=(?:on|at|this|till|until|in the morning|tomorrow)\b)", "have a lie in "),
    (r"\b(water|nerf|toy|bubble|squirt|glue|foam) (?:gun|guns|pistol|pistols)\b", r"\1 blaster"),  # toys and crafts
    (r"\bcheeky monkey\b", "cheeky"),
    (r"\ba (?:little |tiny )?bit\b", "a little"),
    (
        r"\bdead (?=(?:tired|funny|good|easy|boring|cool|hard|jealous|hungry|excited|happy|nice|lucky|proud|fast|slow|"
        r"sleepy|cute|annoying|loud|posh|brilliant)\b)",
        "really ",
    ),
    (
        r"\bdie (?=(?:my|her|his|your|the|it) (?:hair|top|t shirt|shirt|clothes|eggs?|fringe)\b|it (?:pink|blue|green|purple|"
        r"red))",
        "dye ",
    ),
    (r"\b(cut|make|made|got|get|poured|pour|buy|bought|cook|cooked|grab|grabbed) myself (a|an|some|another)\b", r"\1 \2"),
    (r"\bslapped (?:his|her|my|their) (?:knee|knees|leg|legs|thigh|forehead)\b", "laughed"),
    # Things that are not someone: a gadget or the wifi "dying", an insect dying or squashed, a joke that made me "die".
    (
        r"\b(?:wifi|internet|battery|batteries|phone|ipad|tablet|laptop|torch|controller|remote|pen|felt tips?|tv|telly|"
        r"console|xbox|playstation|computer|kindle|headphones)(?: battery)? (?:is |was |went |has |just |keeps |is going |"
        r"keeps going |is about to )?(?:dead|died|dying)\b",
        "stopped working",
    ),
    (
        r"\b(?:moth|fly|flies|bee|bees|wasp|wasps|spider|spiders|ant|ants|mosquito|midge|slug|snail|woodlouse|beetle|"
        r"daddy long legs) (?:\w+ ){0,4}(?:died|dead|is dead|was dead)\b|\b(?:killed|squashed|swatted|splatted|stamped on|"
        r"stood on) (?:a|the|that|this|an) (?:big |huge |massive )?(?:moth|fly|bee|wasp|spider|ant|mosquito|midge|slug|"
        r"beetle|bug|insect)\b",
        "shooed a bug",
    ),
    (r"\b(?:so funny (?:that )?i (?:literally )?died|(?:i )?literally died)\b", "laughing"),
    # Away from school with a cold is not the illness of grief: "my friend is off sick".
    (
        r"(?<!\bmum )(?<!\bdad )(?<!\bnan )(?<!grandma )(?<!grandad )(?<!parents )(?<!mum has )(?<!dad has )\b(?:is|was|been|"
        r"are|were|being) off (?:school )?sick\b",
        "is away",
    ),
    # The child's own knocks ("i hurt my knee at football"), a grown-up's play ("dad throws me in the pool"), a pet's
    # appetite ("my dog is hungry all the time"), a storm's power cut and getting changed for swimming.
    (
        r"\bi (?:hurt|bumped|twisted|sprained|grazed|scraped) my (knee|knees|ankle|ankles|elbow|elbows|toe|toes|finger|"
        r"fingers|thumb|foot|feet|shin|shins)\b(?!.*\b(?:pushed|pushes|push|shoved|kicked|kicks|hit|hits|threw|throws|"
        r"tripped|made me|because of (?:him|her|them)|(?:mum|dad|he|she|they) (?:did|does))\b)",
        r"i knocked my \1",
    ),
    (
        r"\b(?:throws|threw|throw|chucks|chucked) me (?:up )?(?:in|into|up in) the (?:pool|swimming pool|sea|air|water|"
        r"snow|leaves|ball pit|waves)\b(?!.*\b(?:hold|holds|held|holding|push|pushes|pushed|keep|keeps|kept) (?:me|my "
        r"head|my face) (?:\w+ )?(?:under|down)\b)",
        "plays with me in the water",
    ),
    (rf"\b({PETS}) (?:is|gets|was|seems) (?:always |so |really |super )?(?:hungry|starving)\b", r"\1 is greedy"),
    (
        r"\bno (?:electric|electricity|power|lights) (?=(?:in|during|because of|from) the (?:storm|thunder|thunderstorm|"
        r"snow|wind)\b)(?!.*\b(?:freezing|cold|wont fix|nobody|no food|hungry|for days|for weeks|since)\b)",
        "a power cut ",
    ),
    (
        r"\b(?:i|we) (?:had to |have to |got to )?(?:take|took|takes) (?:my|our) clothes off (?=(?:\w+ ){0,6}(?:changing "
        r"rooms?|swimming|pool|pe|bath|shower|costume|cossie|pyjamas|kit)\b)(?!.*\b(?:man|lady|woman|he|him|his|she|her|"
        r"they|them|coach|teacher|uncle|cousin|watched|watching|watches|photo|photos|picture|pictures|video|film|filmed|"
        r"phone|camera|made me|told me|secret)\b)",
        "i got changed ",
    ),
    (r"\b(?:nearly|almost) (?:fell|fallen|slipped)\b", "nearly tripped"),
    (r"\b(?:nobody|no one) (?:got|was|is|were) (?:hurt|injured|lost)\b", "everyone was fine"),
    (
        r"\b(?:is|are|was|being) (?:such a|a real|a right|a total|so|a) pain(?: in the (?:neck|bum|butt|backside))?\b|"
        r"\bpain in the (?:neck|bum|butt|backside)\b",
        "is annoying",
    ),
    (
        r"\b(mum|dad|parents|step dad|step mum|teacher|nan|grandma|grandad) (took|takes|take|confiscated) my (?:phone|ipad|"
        r"tablet|switch|xbox|console|controller|laptop) (?:away|off me)\b",
        r"\1 \2 away the screen",
    ),
    # A photo of a thing the child made or loves ("can i send a photo of my drawing to grandma") is the thing itself.
    (
        rf"\b(?:a |some )?(?:photo|photos|picture|pictures|pic|pics|video|videos) of (?:my|our|the|a) (?:new )?(drawing|"
        rf"drawings|painting|paintings|model|lego|cake|cakes|toy|toys|teddy|garden|sandcastle|snowman|homework|artwork|"
        rf"craft|den|tower|{PETS[3:-1]})\b",
        r"my \1",
    ),
    # A friend's or a gran's photo of her cat is not a stranger asking for pictures.
    (
        rf"\b(my (?:best )?(?:friend|cousin|nan|nanny|grandma|gran|auntie|aunt|uncle|sister|brother)) (sent|showed) me "
        rf"(?:a )?(?:photo|picture|video|pic) of (?:her|his|their|a|the) (?:new )?{PETS}\b",
        r"\1 \2 me her pet",
    ),
    (
        r"\b(?:im|i am|i got|i get|getting) (?:so |really |a little |totally )?lost (?:on|with|in) (?:my |the |this )?"
        r"(?:\w+ )?(?:homework|sums?|maths|question|questions|puzzle|page|work|spellings)\b",
        "im stuck on my work",
    ),
    # Forgotten at pick-up, but the grown-up came: "mum forgot to pick me up but her car broke and she came in a taxi".
    (
        r"\bforgot to pick me up (?:from (?:\w+ ){1,2})?(?=but (?:\w+ ){0,8}(?:she|he|they) came\b(?!.*\b(?:again|always|"
        r"every|hours|ages|late|dark|night|midnight|nobody)\b))",
        "was late for me ",
    ),
    (r"\ba live\b", "alive"),
    (r"\btheyll\b", "they will"),
    (r"\byoull\b", "you will"),
]
PHRASES = [(re.compile(pattern), short) for pattern, short in PHRASES]


def normalise(text: str) -> str:
    """Lower case, no apostrophes or punctuation, long letter runs cut to two, and one spelling per word."""
    text = unicodedata.normalize("NFKC", str(text)).lower().replace("’", "'").replace("'", "")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    text = re.sub(r"([a-z])\1{2,}", r"\1\1", text)  # "sooo" -> "soo", "killll" -> "kill"
    text = " ".join(SPELLINGS.get(word, word) for word in text.split())
    for pattern, short in PHRASES:
        text = pattern.sub(short, text)
    if about_you := ABOUT_YOU.match(text):  # "what would you do if your mum hit you" is about the child: "my", "me"
        rest = re.sub(rf"\byou (?={YOU_DO})", "i ", text[about_you.end() :])  # "you didnt want to live" -> "i didnt"
        rest = re.sub(r"\byour\b", "my", re.sub(r"\byou\b", "me", rest))
        text = text[: about_you.end()] + rest
    return " ".join(text.split())


# Questions that put the child's own experience as "you": "is it normal that your dad ...", "what would you do if ...".
ABOUT_YOU = re.compile(
    r"^(?:(?:starmind|robot|hey|um|so) )*(?:what would you do if|what do you do if|is it (?:normal|ok|okay|bad|allowed|wrong|"
    r"right) (?:if|that|for|when)|is it normal to|should you (?:tell|keep)|why do grownups)\b"
)


# Verbs after which "you" is the one doing: "what would you do if you felt sad" -> "if i felt sad".
YOU_DO = (
    r"(?:didnt|dont|do|did|were|are|was|feel|felt|want|wanted|wanna|had|have|got|get|saw|see|heard|hear|cant|couldnt|"
    r"wont|keep|kept|think|thought|wish|hate|hated|cut|hurt|found|find|woke|wake|came|come|go|went|lived|live|need)\b"
)


# Building blocks for the rules (all over normalised text).
ANY = r"(?:\w+ ){0,4}"  # up to four words in between
FEW = r"(?:\w+ ){0,2}"
HOME_ADULT = (
    r"(?:mum|dad|step dad|step mum|parents?|mums boyfriend|dads girlfriend|uncle|auntie|aunty|aunt|grandad|grandpa|"
    r"grandma|granny|gran|nan|nanny|nana|babysitter|carer|foster \w+|teacher|coach|grownup|adult|man|lady|woman|"
    r"neighbour|neighbor)"
)
HURTS = (
    r"(?:hits?|hitting|hurts?|hurting|kicks?|kicked|kicking|beats?|beating|beaten|slaps?|slapped|slapping|punch(?:es|ed)?|"
    r"smacks?|smacked|whacks?|whacked|chokes?|choked|strangles?|strangled|burns?|burned|burnt|shakes?|shook|"
    r"throws? (?:\w+ ){0,2}at|threw (?:\w+ ){0,2}at|drags?|dragged|belts?|belted|bites?|bit|squeezes?|"
    r"pulls? my hair|pulled my hair|bashes|bashed|thumps?|thumped|whips?|whipped|kicks? and punch(?:es)?)"
)
BODY = r"(?:me|us|my (?:arm|arms|leg|legs|face|head|back|tummy|hand|hands|body|bum|neck|ear|ears|hair))"
ASKING = (
    r"\b(?:can|could|should|may|shall) (?:i|we|me)\b|\bwhats the (?:best|easiest|fastest)\b|\b(?:good|easiest|best) (?:place|"
    r"way)\b|\bis it (?:ok|okay|safe|alright|fine|bad|good|fun|funny)\b|"
    r"\b(?:how|where|when) (?:do|can|could|would|should) (?:i|we|you)\b|\bhow (?:many|much)\b|"
    r"\bwhat (?:happens|would happen|if)\b|"
    r"\b(?:i|we) (?:want|wanna|need|would like|am going|m going|re going|will|ll|m gonna) to\b|\bim going to\b|"
    r"\blets\b|\blet me\b|\btell me\b|\bshow me\b|\bteach me\b|\bwhats the best way\b|\bbest way\b|\bhelp me\b|"
    r"\bwhat does (?:\w+ ){0,3}taste\b|\bhow hard\b|\bwhats the most\b|\bmost painful\b|\bwould be best\b|\bwant to\b|"
    r"\bwants to\b|\bbest place\b|\bi dare\b|\bdared me\b|\bwatch me\b|"
    r"\bi will\b|\bim gonna\b|"
    r"\bif (?:i|we) (?:\w+ )?(?:take|took|eat|ate|drink|drank|swallow|swallowed|lick|licked|sniff|touch|touched|put|have|had)\b|"
    r"\bwhat (?:do|does|would) (?:\w+ ){0,3}feel like\b|\bwhats it like\b|\bwhat is it like\b|\bso (?:i|we) can\b"
)

# The small losses of a happy day: "i was sad my ice cream fell", "im sad the holidays are over", and a pet's fright.
SMALL_LOSSES = (
    r"\b(?:ice cream|lolly|lollipop|(?:holidays?|summer|half term|christmas|the party|my birthday) (?:is |are |was |were )?"
    r"over|(?:show|episode|series|programme) (?:has )?(?:finished|ended)|leave the (?:beach|park|party|pool|zoo|fair|"
    r"funfair|farm|soft play)|(?:we|our team|my team) lost|lost the (?:match|game|race|final)|it rained|it was raining|"
    r"because of the rain|snow (?:melted|has melted|went)|snowman (?:melted|fell)|(?:bubble|balloon) popped|didnt win|"
    rf"{PETS} (?:\w+ ){{0,2}}(?:gets|got|is|was|goes|went) (?:\w+ )?(?:scared|frightened|sad|upset|worried|nervous)|"
    # a toy that broke, the weather, a show that ended, a knock, a drawing that went wrong, a wobbly tooth, a ride
    r"(?:lego|tower|sandcastle|den|model|kite|toy|toys|jigsaw|card house|dominoes) (?:\w+ ){0,2}(?:fell|got knocked|blew "
    r"away|flew away)|(?:isnt|wasnt|didnt|doesnt|wont|not) (?:snow|snowing|sunny)|(?:rain|"
    r"weather) (?:will|might|is going to) (?:stop|ruin|spoil|cancel)|(?:might|will|is going to|going to) rain|(?:youtuber|"
    r"youtube channel|favourite (?:show|programme|band|singer|series|game)) (?:\w+ ){0,3}(?:stopped|ended|finished|"
    r"cancelled|quit|over)|funny bone|stubbed|(?:sad|unhappy|upset|annoyed|cross|grumpy) (?:with|about) (?:how )?my "
    r"(?:drawing|picture|painting|handwriting|writing|model|haircut|hair cut)|(?:tooth|teeth) (?:will |might |is going to )?"
    r"(?:fall|falls|come|comes) out|(?:on|at|in) the (?:ghost train|rollercoaster|roller coaster|big dipper|log flume|"
    r"haunted house|waltzer|drop ride|scary ride)|(?:went|go|goes|going|gone) (?:to |on )?(?:a |the )?(?:camp|party|"
    r"sleepover|cinema|bowling|holiday|school trip|disneyland|brownies|cubs|scouts) without me|(?:because|"
    r"cos) of (?:the )?(?:jellyfish|sharks|crabs|waves|seaweed)|"
    r"(?:because|cos) my (?:best )?(?:friend|friends|cousin|cousins) (?:is|are|was|were) (?:away$|(?:going )?on holiday)|"
    r"scared of (?:the )?(?:toilet flush|flush|hand dryers?|hoover|vacuum|blender)|(?:miss|missed) the (?:bus|train)|(?:scared|"
    r"frightened) me with (?:a|his|her) "
    r"(?:mask|costume|toy|fake|rubber|pretend) ?\w*|jumped out at me|(?:top|high|diving) board|zip wire|(?:in|at) the cinema|"
    r"miss (?:my )?(?:\w+ )?\w+ (?:when|while) "
    r"im (?:at|in) (?:school|nursery|camp|club|my dads|my mums|grandmas|nans)|^my (?:little |big |baby )?(?:brother|"
    r"sister|cousin|friend) (?:is|gets|was) (?:\w+ )?(?:scared|afraid|frightened) of (?:the dark|spiders?|thunder|"
    r"thunderstorms|fireworks|the hoover|clowns?|dogs?|bees|wasps|heights|monsters|ghosts)$)\b"
)
# A plain dislike of spiders or clowns, said and nothing more.
PHOBIA = (
    r"^(?:im|i get|i was) (?:a bit |a little |kind of |kinda |sort of |really |so |quite )?(?:scared|afraid|frightened) of "
    r"(?:spiders?|clowns?|mice|mouse|snakes?|wasps?|bees?|worms?|moths?|the hoover|balloons?|heights|frogs?|slugs?|"
    r"crabs?|jellyfish|sharks?)(?: even (?:the )?(?:small|little|tiny|baby) ones)?(?: lol| haha)?$"
)
SMALL_LOSS = re.compile(SMALL_LOSSES + "|" + PHOBIA)
# A rude word said in class and laughed at, and nothing more: "a boy in my class said willy and everyone laughed".
RUDE_WORD = (
    r"\b(?:said|says|shouted|wrote|sang) (?:the word )?(?:willy|winky|bum|privates)(?: and (?:everyone|we all|the class|they "
    r"all|all my friends) laughed)?$"
)
# A fright the child gave a grown-up: "i dressed as a zombie and scared my dad".
SCARED_THEM = (
    r"\b(?:i|we) (?:\w+ ){0,8}(?:scared|frightened) (?:my|the|our) (?:mum|dad|nan|grandad|grandma|teacher|babysitter|uncle|"
    r"auntie)$"
)
# Nothing harmful said anywhere in the message: the new happy endings and look-alikes hold only with it, so a real
# disclosure with a cheerful tail on it is still read as one.
CALM = (
    r"^(?!.*\b(?:hit|hits|hitting|hurt|hurts|hurting|kick|kicks|kicked|punch|punched|slap|slapped|smack|smacked|drunk|"
    r"touch|touches|touched|touching|rub|rubs|secret|secrets|alone|nobody|no one|hungry|scream|screams|screaming|"
    r"shout|shouts|shouting|die|dead|kill|cut|cuts|blood|bleed|police|lock|locks|locked|belt|hate|hates|scares|"
    r"scary|every (?:night|day|time|morning)|always|all the time|anymore|thinking about|stupid|worthless|naked|photo|"
    r"photos|picture|pictures|dont tell|not to tell|cant tell|never tell|threw|throws|died|dying)\b)"
)
# Signs of grooming: a message with any of them is never let off because the child blocked someone or mum knows.
GROOMING_SIGNS = (
    r"^(?!.*\b(?:touch|touches|touched|rub|rubs|massage|photo|photos|picture|pictures|pic|selfie|video|videos|body|"
    r"clothes|pants|underwear|naked|present|presents|gift|gifts|robux|vbucks|money|sweets|meet|meeting|favourite|special|"
    r"kiss|love|boyfriend|girlfriend|alone|bedroom|my room|car|dont tell|not to tell|cant tell|never tell|girlfriend|"
    r"older|age|how old|come round)\b)"
)
# Where a child meets people they do not know: "someone i met on roblox".
ONLINE = (
    r"(?:online|on (?:a|the) game|in (?:a|the) game|on roblox|on fortnite|on minecraft|on tiktok|on snapchat|on discord|"
    r"on youtube|on the internet|on omegle)"
)

# Not a game, a film, a story, the news or pretend: for rules whose words are everyday in those ("a man with a knife").
NOT_PRETEND = (
    r"^(?!.*\b(?:game|games|fortnite|minecraft|roblox|film|movie|story|book|news|tv|telly|nerf|toy|pretend|cartoon|lego|"
    r"play|playing|costume)\b)"
)
CATEGORIES = [
    Category(
        "self_harm",
        SERIOUS,
        (
            r"\bwont be (?:here|around|alive) (?:soon|much longer|anymore|any more|to (?:feed|look after|walk|play with) (?:him|"
            r"her|them|my))\b(?!.*\b(?:holiday|holidays|trip|camp|away|sleepover|next week|weekend|moving|visiting)\b)",
            r"\b(?:wont|will not|dont) need (?:them|it|my toys|my things|my stuff|any of it) (?:\w+ ){0,2}after (?:this week|"
            r"tonight|today|tomorrow|the weekend|\w+day)\b",
            r"\bwhat i (?:did|do|done|keep doing) to my (?:arm|arms|leg|legs|wrist|wrists|skin|body|thighs?)\b(?! (?:when|at|on|"
            r"in|playing|falling|by))",
            r"\b(?:compass|sharpener blade|pencil sharpener|razor|blade) (?:\w+ ){0,3}on (?:my|our) (?:arm|arms|leg|legs|wrist|"
            r"wrists|skin)\b(?!.*\b(?:by mistake|by accident|accidentally|slipped)\b)",
            r"\b(?:end it|stop living|end my life|not be alive|go away forever)\b(?=.*\b(?:i|im|me|my)\b)",
            r"\bwish (?:a |the )?(?:car|bus|train|lorry) would (?:hit|run over) me\b",
            r"\b(?:dont|do not) (?:even )?want to wake up\b(?! (?:early|at|before|for|so))",
            r"\b(?:thinking about|think about) (?:the )?(?:train tracks|bridge|jumping)\b",
            r"\bhow (?:high|far|long) (?:\w+ ){0,6}(?:so you dont wake up|to die|so you die)\b",
            r"\bi (?:dont|do not) deserve (?:it|to eat|food|to live|to be happy|lunch|dinner)\b",
            r"\b(?:tried|try|trying) to (?:drown|hang|suffocate|choke|strangle|poison|starve) myself\b",
            r"\b(?:hurt|hurting|cut|cutting|scratch|scratching|press|pressing|stab|stabbing) (?:my )?(?:\w+ ){0,4}(?:legs|leg|"
            r"arms|arm|wrist|wrists|skin) (?:\w+ ){0,3}(?:with (?:scissors|a blade|a pin|a pencil|glass)|till it (?:bleeds|"
            r"stings))\b",
            r"\b(?:blade|razor) (?:\w+ ){0,5}(?:for when|when it gets)\b",
            r"\b(?:scratch|scratches|scratching) (?:myself )?(?:till|until) it (?:stings|bleeds|hurts)\b",
            r"\b(?:wont|will not|dont) need (?:them|it|my toys|my things) (?:\w+ )?(?:soon|anymore|after friday)\b",
            r"\bwant to go (?:there|to heaven) (?:soon|this week|tonight|now)\b",
            r"\bwish i (?:didnt|did not|never) (?:have to )?(?:come back up|wake up|exist|live|have to be here|"
            r"have to be alive)\b",
            r"\b(?:should just end it|want to end it|end it all|end my life|nearly did it|ways to die|(?:tight|tied) "
            r"(?:\w+ ){0,4}round my neck|didnt want to live|dont want to live|want to live no more|(?:hide|cover|so \w+ "
            r"(?:doesnt|dont|wont) see) (?:\w+ ){0,3}(?:the )?(?:cuts|scars))\b",
            (
                r"\bi (?:cut|cuts|scratch|scratched|burn|burned|burnt|punch|punched|hit|bite|bit|bang|banged|pinch|"
                r"pinched) my (?:own )?(?:arm|arms|leg|legs|wrist|wrists|skin|tummy|head|face|hand|hands|thigh|thighs)\b",
                r"\b(?:again|so the|so it|till|until|on purpose|blade|when|no one|nobody|hide|bad feeling|really hard|because|"
                r"cos|"
                r"so no one|goes purple|every)\b",
            ),
            r"\b(?:pull|pulling|pulled) my (?:own )?hair out\b",
            r"\b(?:that i cut|i cut when|i cut at night|so i can cut|to cut myself|can cut when|i still cut|started cutting)\b",
            r"\b(?:when im gone|after im gone|when im not here|when im dead|if i die|if i was gone|dont want to be here|"
            r"not want to be here)\b",
            (
                r"\b(?:balcony|ledge|motorway|car|cars|lorry|bus)\b",
                r"\b(?:jump|jumping|jumped|run in front|step in front|walk in front)\b",
                r"\b(?:thought about|think about|thinking about|want to|wanted to|going to|might|tomorrow)\b",
            ),
            r"\b(?:hide|hiding|hid) (?:them|the|my) (?:\w+ )?(?:with|under) (?:long sleeves|my jumper|sleeves|plasters|"
            r"a plaster|my hoodie)\b",
            r"\bso (?:no one|nobody|noone) (?:sees|can see|will see) the (?:bruises|cuts|marks|scratches|lines)\b",
            r"\b(?:lines|cuts|scratches) on (?:my )?(?:arm|arms|legs|wrists|them)\b",
            (
                r"\b(?:hurt|hurts|hurting|cut|cutting|cuts|harm|harms|harming|kill|kills|killing) (?:yourself|herself|himself|"
                r"themselves)\b(?! (?:shaving|cooking|chopping|gardening|on (?:a|the|some)|by accident|with (?:a|the) "
                r"(?:knife|saw|scissors|tin|can|paper)))",
                r"\b(?:i|me|my|normal|want|wanna|tried|try)\b",
            ),
            (
                r"\b(?:goodbye letter|goodbye note|my last day(?! (?:of|at|in|before) )|last day ever|not be here|"
                r"not be around|it all stops|so it stops|make it all stop|pass out and)\b",
                r"\b(?:i|im|me|my)\b",
            ),
            r"\b(?:cuts|marks|bruises|scratches|plasters|scars|burns) (?:\w+ ){0,6}(?:i did|did them myself|i made|"
            r"did it myself|myself|on purpose)\b",
            r"\b(?:knife|blade|razor|pin|needle|scissors|glass) (?:\w+ ){0,6}(?:for me|feel better|on my (?:arm|arms|skin|leg|"
            r"legs|wrist|finger|tummy)|into my|in my finger)\b",
            r"\b(?:rubbed|rubbing|poked|poking|bit|bites|biting|scratched|pinched|burned|burnt) my (?:arm|arms|skin|leg|legs|"
            r"hand|wrist|finger|fingers|tummy|face) (?:\w+ ){0,4}(?:on purpose|till|until|so there|so it|marks|raw|bleed|"
            r"bled)\b",
            r"\b(?:i have decided|ive decided|i decided) (?:\w+ ){0,3}(?:to die|to go|my last|to end|its over)\b|"
            r"\bthis is my last\b",
            r"\b(?:not being alive|not be alive|not worth living|not worth it anymore|no reason to live|rather be dead|"
            r"rather not be here)\b",
            (
                r"\b(?:i|me|myself)\b",
                r"\b(?:die|dead|death|suicide|dying|not alive|not be alive|not exist|kill myself)\b",
                r"\b(?:want|wanna|wish|wished|rather|better|should|deserve|try|tried|trying|plan|planning|thinking|think|"
                r"thought|wonder|ready|going to|gonna|sometimes|might|would)\b",
            ),
            (
                r"\bmyself\b",
                r"\b(?:hurt|hurting|cut|cutting|scratch|scratching|hit|hitting|bang|banging|burn|burning|punch|punching|bite|"
                r"biting|pinch|pinching|starve|starving|strangle|choke|choking)\b",
                r"\b(?:on purpose|deserve|want|wanted|wanna|keep|kept|always|every|make it|so it|till|until|again|when im|"
                r"when i feel|sometimes|secretly|nobody knows)\b",
            ),
            r"\b(?:nobody|no one|everyone|everybody) (?:\w+ ){0,3}(?:care|notice|miss me|be happier|be better|better off|"
            r"even know) (?:\w+ ){0,3}(?:if i|when i|without me)\b",
            r"\b(?:go to sleep|sleep|fall asleep) (?:and|forever and) (?:never|not) wake\b",
            r"\b(?:hate|hating) (?:being me|my body|my face|who i am)\b",
            r"\b(?:want|wish) (?:it )?(?:all )?(?:to stop|to end|would end|would stop|was over)\b(?! (?:raining|snowing))",
            (
                r"\b(?:cut|cuts|cutting|scratch|scratching|scratched|bang|banging|banged|bite|bit|biting|burn|burnt|burned|"
                r"hit|hurt|pull|pulled|pulling|rub|punch|pinch|starve)\b",
                r"\b(?:on purpose|till (?:it|they) (?:bleed|bled|bleeds|hurt)|until (?:it|they|its) (?:bleed|bled|bleeds|raw|"
                r"hurt)|i deserve it|deserve to (?:hurt|be hurt|die)|make it hurt|to feel something|wanted it to)\b",
            ),
            r"\b(?:if i (?:died|was dead|was gone|wasnt here|disappeared)|when im dead|if i wasnt alive)\b",
            r"\b(?:wont|never|not) wake up (?:in the morning|again|tomorrow|ever)\b",
            r"\b(?:point|reason) (?:of|in|to) (?:living|life|being alive|be alive|live|me|me being here|me being alive)\b",
            r"\b(?:stop breathing|make myself die|die forever|disappear|disapear|vanish forever|"
            r"not be alive)\b(?! (?:in|at) (?:the )?(?:game|minecraft|roblox))",
            (
                r"\b(?:bridge|roof|cliff|window|train|road|traffic)\b",
                r"\b(?:jump|jumping|jumped|step in front|run in front|fall off|throw myself)\b",
                r"\b(?:thought about|think about|thinking about|want to|wanted to|going to|might)\b",
            ),
            r"\b(?:under the (?:bath )?water|hold my breath) (?:\w+ ){0,4}(?:die|not come up|forever)\b",
            r"\b(?:deserve to die|should die|should be dead|should not be alive|shouldnt be alive|shouldnt exist|"
            r"dont deserve to live)\b",
            r"\b(?:want|wanted|wish|wishing|going|try|tried|trying|think|thinking|thought|thoughts|plan|planning|ready|"
            r"like) (?:to |of |about )?(?:die|dying|be dead|kill myself|killing myself|end it all|end my life|"
            r"not be here|not exist|disappear forever|go away forever)\b",
            r"\b(?:dont|didnt|never|do not|no longer|not) (?:\w+ )?(?:want|wanna|like) (?:to )?(?:be alive|live|"
            r"be here anymore|exist|wake up|be in this world|live anymore)\b(?! (?:early|so early|yet|at \d|for school))",
            r"\b(?:kill|killing|killed|hurt|hurting|hurts|cut|cutting|cuts|scratch|scratching|burn|burning|punch|"
            r"punching|hit|hitting|bang|banging|starve|starving|bite|biting) myself\b",
            r"\bsuicid\w*",
            r"\b(?:cut|cuts|hurt|hurts|scratch|scratched|hit|burn|burnt|burned)\w* (?:\w+ ){0,6}(?:stop|"
            r"make) (?:\w+ ){0,2}hurting "
            r"inside\b",
            r"\b(?:said|says|told me|tells me) (?:that )?(?:he|she|they) (?:\w+ )?(?:wants|want|wanted|is going|was going|"
            r"is gonna|are going) to (?:die|kill (?:himself|herself|themselves)|end (?:it all|his life|her life))\b",
            r"\bend my life\b",
            r"\bend it all\b",
            r"\bnever wake up\b",
            r"\bwish (?:i|id) (?:was|were|had|could)? ?(?:be )?(?:dead|never been born|never born|not alive|not here|gone)\b",
            r"\bbetter off (?:dead|without me)\b",
            r"\b(?:no|nothing) (?:point|reason) (?:to |in )?(?:live|living|being alive)\b",
            r"\bhate myself\b",
            r"\bhate being alive\b",
            r"\b(?:want|wanna|going) to jump off (?:\w+ ){0,3}and die\b",
            r"\bwhat (?:if|happens if) i (?:died|was dead|killed myself)\b",
            r"\bwant to (?:go to )?sleep forever\b",
            r"\beveryone would be happier (?:if i|without me)\b",
            r"\b(?:knife|blade|razor) (?:\w+ ){0,8}(?:in my room|under my (?:bed|pillow)) (?:for me|for later|to use)\b",
            r"\b(?:cuts|marks|scratches|plasters|scars|burns) on my (?:arm|arms|legs|"
            r"wrists) (?:\w+ ){0,8}(?:i did them|did them myself|on purpose)\b",
            r"\b(?:actually|really) did it to myself\b",
            (
                r"\b(?:step|stepping|steping|walk|walking|jump|jumping|run|running) (?:out )?in front of (?:a|the) (?:bus|car|"
                r"cars|train|lorry|truck)\b",
                r"\b(?:want|wanted|wanting|thought|thinking|think|thoughts|feel like)\b",
            ),
            r"\b(?:hid|hide|hiding|saving|keeping|collecting|stashing) (?:\w+ ){0,2}(?:painkillers|pills|tablets|medicine)\b"
            r"(?=.*\b(?:in case|one day|for later|for when)\b)",
            r"\bthinking about (?:falling|jumping|jump|fall)\b(?=.*\bon purpose\b)",
        ),
        (
            "I'm really glad you told me. You matter so much, and you don't have to feel this way on your own. Please "
            "tell a grown-up you trust right now, like your mum, dad, a teacher or a carer.",
            "Thank you for telling me. That sounds really hard, and you are not alone. Please go and tell a grown-up "
            "you trust right now, like your mum, dad, a teacher or a carer. They will want to help you.",
        ),
        unless=r"\b(?:jk|just kidding|only joking|im (?:just |only )?joking|"  # the child's own joke, not "he says its a joke"
        r"minecraft|roblox|fortnite|character|avatar|laughing|dying to|died of boredom|"
        r"(?:phone|battery|tablet|ipad|arm|leg|legs) (?:is |was |went )?(?:dying|dead)|dead (?:funny|good|easy|tired)|"
        r"tamagotchi|by accident|accidentally|help (?:people|animals|others|them|sick people) (?:to )?(?:not die|live|"
        r"get better)|"
        r"(?:doctor|vet|nurse|paramedic|firefighter|lifeguard) when i grow up|magician|magic trick|like magic|"
        r"(?:hurt|cut|burnt|burned|scratched|bumped) myself (?:doing|playing|falling|"
        r"on my bike|on the trampoline|at football|skating|climbing))\b",
        helpline=True,
    ),
    Category(
        "sexual_abuse",
        SERIOUS,
        (
            r"\btouch (?:me|them|us|you) there\b|\bgood (?:girls|boys) (?:let|lets|dont tell)\b",
            r"\b(?:makes|made|make|making) me (?:\w+ ){0,3}(?:with my mouth|on top of (?:him|her)|on (?:his|her) lap|shower with "
            r"(?:him|her)|(?:\w+ ){0,3}under the covers|kiss (?:him|her) back|(?:\w+ ){0,4}(?:no clothes|naked|rude))\b",
            (
                r"\b(?:he|she|they|uncle|cousin|babysitter|brother) (?:still )?(?:does|did|do|doing) (?:it|stuff|things|the "
                r"thing)\b",
                r"\b(?:at night|at nite|when mum|when im asleep|pretend to be asleep|to me|dont like|hurts|since)\b",
            ),
            r"\b(?:takes|took|taking|get|gets) (?:his|her) (?:thing|willy|privates) out\b",
            r"\b(?:watches|watched|watching) me (?:get changed|getting changed|in the bath|in the shower|undress)\b",
            r"\b(?:rubs|rubbed|touches|touched|strokes|stroked) my (?:legs|leg|thigh|thighs|chest|bum) (?:\w+ ){0,2}(?:too high|"
            r"under|when nobody|and i dont like)\b",
            r"\b(?:asking|asks|asked|wants) to see my (?:chest|body|bum|boobs|privates)\b",
            r"\b(?:made|makes|make|forced|forces|told|tells) me (?:to )?touch (?:him|her|them|it|his (?:willy|privates|private|"
            r"thing|bits|penis|bum)|her (?:boobs|privates|private|bits|bum))\b",
            (
                r"\b(?:comes|walks|came|walked|coming) in (?:\w+ ){0,2}(?:when|while) im (?:in the (?:bath|shower|toilet)|"
                r"getting changed|changing)\b",
                r"\b(?:always|every|keeps|not allowed|wont let|step|uncle|man|he)\b",
            ),
            (
                r"\b(?:touching|tickling|secret|special|rude|naked) game\b",
                r"\b(?:makes me|make me|made me|when (?:mum|dad|nobody)|dont like|secret|at work|not to tell)\b",
            ),
            r"\b(?:show (?:him|her|them) my (?:bottom|bum|privates|private parts|willy|fanny)|about the touching|"
            r"gets (?:in|under) (?:the|my) (?:covers|bed) (?:\w+ ){0,6}(?:pretend|asleep|night)|comes in my room at night "
            r"(?:\w+ ){0,6}(?:covers|bed|touch))\b",
            r"^(?!.*\b(?:cat|cats|dog|dogs|puppy|kitten|teddy|hamster|rabbit|bunny) (?:\w+ )?(?:sleeps|sleep|slept|gets|got|"
            r"jumps|jumped|curls|curled|lies|comes|came)\b).*\b(?:on top of me|in my bed with me|gets in my bed|gets into my bed|"
            r"comes into my bed|into bed with me)\b",
            r"\b(?:rude|bad|weird|secret|yucky) touching\b|\b(?:did|does|do) (?:rude|bad) (?:things|touching)\b",
            (
                r"\b(?:tongue|tongues|french kiss)\b",
                r"\b(?:kiss|kissed|kisses|kissing)\b",
                r"\b(?:grownup|grown up|adult|man|lady|uncle|he|she|they|teacher|coach|dad|mum|you)\b",
            ),
            r"\b(?:under|inside|in|into) my (?:clothes|pants|knickers|underwear|pyjamas|nightie|swimsuit|costume|skirt|dress)\b",
            (
                r"\b(?:private bit|private bits|private area|private place|down there|my bits|his bit|his bits|her bits)\b",
                r"\b(?:i|me|my|his|her)\b",
            ),
            r"\b(?:take|took|taking|takes) (?:our|all our|all my|my|his|her) clothes off\b",
            (
                r"\b(?:special game|secret game|tickle game|naughty game|game where)\b",
                r"\b(?:private|clothes|down there|hurt|hurts|secret|dont like|didnt like|pants|touch|touches|bed|bath)\b",
            ),
            r"\b(?:checks|checked|looks at|looked at|touches|touched) (?:me )?down there\b",
            r"\b(?:hurts|hurt|sore) down there\b",
            r"\b(?:take|took|taking|pull|pulled) (?:off )?my (?:pants|knickers|underwear|clothes|top|shorts|trousers|pyjamas|"
            r"nightie)(?: off| down)?\b",
            r"\b(?:look at|see|watch|watched|looked at) (?:\w+ )?(?:rude|naughty|dirty|sexy|private|nude|naked) (?:pictures|"
            r"photos|videos|films|things|stuff)\b",
            (
                r"\b(?:touch|touches|touched|touching|feel|feels|felt|rub|rubs|rubbed|lick|licked|kiss|kissed|kisses|kissing|"
                r"hold|holds|sat on|sits on)\b",
                r"\b(?:private|privates|willy|penis|vagina|boobs|down there|pants|knickers|underwear|under my|where my|in bed|"
                r"in my bed|in the bath|bath time|shower|secret|weird|wrong|yucky|uncomfortable|didnt like|dont like|not ok|"
                r"not okay|naked|clothes off|no clothes|lap|at night|bedroom|my room)\b",
                r"\b(?:me|my|i)\b",
            ),
            r"\b(?:no clothes on|without clothes|naked|nothing on) (?:\w+ ){0,4}(?:doing|touching|in bed|rude|kissing|"
            r"together)\b",
            (
                r"\b(?:showed|shows|showing|made me|makes me|making me|sent me|sends me|sent|sends|put on)\b",
                r"\b(?:rude|naughty|dirty|sexy|adult|grown up) (?:film|films|video|videos|pictures|photos|things|stuff|games)\b",
            ),
            rf"\b(?:{HOME_ADULT}|he|she|they|brother|cousin|grandpa|stepdad|step dad) (?:\w+ ){{0,3}}(?:touches|touched|"
            rf"touching|feels|felt|rubs|rubbed|strokes|stroked|kisses) (?:me (?:there|in the bath|in bed|at night|when|"
            rf"under|down|privately)|my (?:\w+ )?(?:wee|willy|bum|bottom|private|privates|chest|boobs|thigh|thighs|body|"
            rf"skin))\b",
            r"\b(?:watches|watched|watching|looks at|looked at|takes pictures of|took pictures of|films|"
            r"filmed) me (?:in the (?:bath|shower|toilet)|getting (?:changed|dressed|undressed)|with no clothes|naked|"
            r"in my (?:pants|underwear|pyjamas))\b",
            r"\b(?:hand|hands|fingers) (?:up|in|inside|under|down) my (?:skirt|dress|pants|knickers|underwear|shorts|trousers|"
            r"top|pyjamas|nightie)\b",
            r"\b(?:wee wee|weewee|winky|willy|minnie|tuppence|front bum|moo moo|noo noo|pee pee|private bits|private part|"
            r"privates|"
            r"private parts)\b",
            r"\b(?:get|got|come|came|climb|climbed) (?:in|into) the (?:shower|bath) with (?:him|her|them|me)\b",
            r"\b(?:pants rule|underwear rule|nobody touches there|no one touches there)\b",
            r"\b(?:touches|touched) me\b(?! (?:on the (?:shoulder|arm|back|head)|with (?:a|the|his|her) (?:ball|stick|toy)))",
            r"\btouch(?:ed|es|ing)? (?:me |my )?(?:\w+ )?(?:on |in )?(?:my |his |her |their )?(?:private|privates|bits|willy|"
            r"penis|vagina|fanny|front bottom|bum|bottom|boobs|chest|down there|where my (?:pants|underwear|knickers|"
            r"swimsuit|costume) (?:go|goes|is|are)|under my (?:clothes|pants|pyjamas|underwear|knickers|skirt|shorts))",
            r"\b(?:touched|touches|touching|touch) me (?:\w+ ){0,4}(?:didnt|dont|did not|do not) (?:like|want)",
            r"\b(?:touched|touches|touching) me (?:\w+ ){0,3}(?:weird|funny|wrong|bad|strange|yucky|naughty|not ok|horrible|"
            r"private|secret|night|bed|bath)\b",
            r"\b(?:bad|weird|wrong|yucky|secret|not ok|naughty|private) touch(?:es|ing)?\b",
            r"\b(?:made|makes|make|told|tells|asked|asks|wanted|wants|forced) me (?:to )?(?:touch|kiss|lick|hold|rub|see|"
            r"look at) (?:his|her|their) (?:private|privates|willy|penis|bits|body|thing|vagina|boobs)\b",
            r"\b(?:made|makes|make|told|tells|asked|asks|wanted|wants|forced) me (?:to )?(?:take|took) (?:off )?my "
            r"(?:clothes|pants|underwear|knickers|top|pyjamas|shorts|trousers)",
            r"\b(?:showed|shows|show|showing|sent|sends|send) me (?:\w+ ){0,2}(?:rude|naughty|dirty|private|adult|sexy|"
            r"yucky|nude|naked|grown up) (?:pictures|picture|photos|photo|videos|video|films|film|things|stuff)\b",
            r"\b(?:showed|shows|show) me (?:his|her|their) (?:private|privates|willy|penis|bits|body|thing|vagina|boobs)\b",
            r"\b(?:gets|got|came|comes|climbs|climbed) in(?:to)? my bed\b",
            r"\b(?:kissed|kisses|kiss) me (?:\w+ ){0,4}(?:didnt|dont) (?:like|want)\b",
            r"\b(?:pictures|photos|picture|photo|video) of me (?:with no|without|with nothing|naked|in my (?:pants|underwear))",
            r"\b(?:showed|shows|show|showing) me (?:his|her|their) (?:private|private parts|willy|penis|bits|body)\b",
            (
                r"\b(?:he|she|they|uncle|\w+s dad) (?:says|said|tells me|told me) (?:its|it is) (?:normal|ok|"
                r"okay|our secret|a game)\b",
                r"\b(?:after|when (?:he|she)|tummy|feel funny|feels funny|feel weird|feels weird|dont like|didnt like|hurts)\b",
            ),
            r"\b(?:have to|had to|has to|must|make me|made me|makes me) let (?:him|her|them) touch me\b",
            r"\bwhat (?:the|that|a) (?:man|lady|woman|boy|teenager|grownup|grown up) (?:\w+ ){0,2}did to me\b",
            (
                r"\b(?:touch|touches|touched|touching) (?:me )?(?:down )?there\b",
                r"\b(?:doesnt feel|dont like|didnt like|not normal|secret|dont tell|uncomfortable|weird|scared)\b",
            ),
            r"\bmakes? (?:me|us) (?:get changed|undress|get undressed) in front of (?:him|her)\b",
            r"\bcomes in when im (?:getting changed|in the (?:bath|shower)) and (?:just )?(?:watches|stares|looks)\b",
            r"\bmakes? me do (?:things|stuff) (?:with|to|for) (?:him|her|them)\b",
        ),
        (
            "Thank you for telling me, that was very brave. Nobody is allowed to touch your private parts or make you do "
            "things that feel wrong. It is not your fault, even if they said it was a secret. Please tell a grown-up you "
            "trust, like a teacher or someone in your family, as soon as you can.",
        ),
        unless=r"\b(?:(?:little|baby) (?:brother|sister) (?:\w+ ){0,2}(?:takes|took|taking|keeps taking) (?:his|her|all his|"
        r"all her) "
        rf"clothes off|{PETS} (?:\w+ ){{0,2}}(?:licked|licks|licking|sat on|sits on|sleeps on)|"
        # the rule taught ("my mum says nobody should touch where my swimsuit goes"), a lesson, a rude word in class, a
        # kiss the child said no to, with nothing after it
        r"(?:says|said|told us|told me|taught us|learned|learnt|tells us) (?:that )?(?:nobody|no one) (?:should|is allowed "
        r"to|can|must) touch|(?:we did|we learned|we learnt|learning|lesson about|sang) (?:the |about the )?(?:pants rule|"
        r"underwear rule|pantosaurus)|(?:high five|fist bump|wave|handshake) instead)\b(?!.*\b(?:but|except|he|him|his|she "
        rf"(?!was fine)|her|they|them|someone|{HOME_ADULT}|brother|cousin|boy|girl|touched|touches|touching|made me|secret|"
        r"still|anyway)\b)|" + RUDE_WORD,
        helpline=True,
    ),
    Category(
        "physical_abuse",
        SERIOUS,
        (
            r"\bgot the belt\b|\bhit me if i (?:move|cry|talk|speak)\b|\bfrom the (?:hitting|smacking|beating)\b",
            r"\b(?:lump|bump|bruise|mark|marks|bruises|scratch) (?:\w+ ){0,4}(?:from|made by) (?:my |your )?(?:dad|mum|mom|"
            r"step dad|step mum|nan|uncle)\b|\b(?:scratch|bruise|bruises|marks) (?:mum|mom|dad|step dad|step mum) made\b",
            r"\b(?:hit|hits|whacked|smacked) (?:me )?(?:with|wiv) (?:a|the|his|her) (?:shoe|slipper|dog lead|lead|"
            r"spoon|wooden spoon|"
            r"stick|cable|wire|remote)\b|\bget hit with a (?:shoe|slipper|belt|stick)\b",
            r"\b(?:bashes|bashed|bangs|banged|smashes|smashed) my head\b",
            r"\b(?:squeezes|squeezed|grabs|grabbed|twists|twisted) my arm (?:so hard|till|until)\b",
            r"\b(?:marks|bruises) on my (?:legs|arms|back)\b|\bso (?:the )?(?:marks|bruises) (?:dont|dont) show\b",
            r"\b(?:always get hit|get hit and)\b",
            r"\b(?:choked|chokes|choking|strangled|strangles|strangling) me\b",
            r"\b(?:a |the )?strangers? (?:\w+ ){0,2}(?:hit|hits|kicked|kicks|punched|punches|slapped|slaps|pushed|shoved|"
            r"hurt|hurts|grabbed) me\b",
            r"\b(?:so (?:the )?teachers? (?:dont|doesnt|wont|cant) see (?:the )?(?:marks|bruises)|(?:supposed|told|have) to "
            r"say i fell|(?:hit|hits|beat|beats|whacked|smacked) (?:\w+ ){0,2}with (?:the|a) (?:\w+ ){0,2}(?:cable|belt|stick|"
            r"spoon|shoe|slipper|wire)|(?:hot water|burn|burned|burnt|hit|smack|smacked) (?:\w+ ){0,8}as a punishment)\b",
            r"\b(?:hit|hits|hitting|smack|smacks|smacked|beat|beats|whack|whacks) (?:me|us|our hands|my hands|"
            r"my legs) with (?:a|the|his|her|their) (?:\w+ )?(?:belt|stick|shoe|slipper|spoon|wooden spoon|cable|wire|hanger|"
            r"coat hanger|cane|ruler|hose|bell)\b",
            (
                r"\b(?:imam|priest|vicar|pastor|leader|tutor|instructor|coach|teacher|foster carer|scout leader|bus driver|"
                r"church leader)\b",
                r"\b(?:hits|hit|slapped|slaps|kicked|kicks|punched|punches|hurts|hurt|smacked|smacks|pinches|pinched|grabbed|"
                r"shook)\b",
                r"\b(?:me|my|us|our)\b",
            ),
            (
                r"\bis it (?:normal|ok|okay|allowed) (?:that|for|when|if) your\b",
                r"\b(?:hits|hit|kicks|smacks|beats|hurts|slaps|punches|throws)\b",
            ),
            r"\b(?:hands|hand) (?:round|around|on) (?:\w+ ){0,2}(?:neck|throat)\b",
            (
                r"\b(?:man|lady|woman|grownup|adult|he|she|they|mum|dad|step dad|step mum|boyfriend|girlfriend|uncle)\b",
                r"\b(?:threw|throws|pushed|pushes|shoved|kicked|dragged) (?:me|my (?:mum|dad|brother|"
                r"sister)) (?:\w+ ){0,2}(?:across|down|into|against|off|out)\b",
            ),
            (
                r"\b(?:mum|dad|step dad|step mum|uncle|auntie|aunt|cousin|brother|sister|grandad|grandpa|grandma|nan|"
                r"babysitter|carer|boyfriend|girlfriend|teacher|coach|he|she|they)\b",
                r"\b(?:bangs|banged|bang|twisted|twists|beat me up|beats me up|pushed me into|pushes me into|threw me|"
                r"throws me|dragged me|drags me)\b",
            ),
            (
                r"\b(?:left|leaves|leave|gave me|give me|got|have|has) (?:a |some |big )?(?:mark|marks|bruise|bruises|black eye|"
                r"cut|cuts|burn|burns)\b",
                rf"\b(?:{HOME_ADULT}|cousin|brother|sister|he|she|they|him|her|them)\b",
            ),
            (
                rf"\b(?:{HOME_ADULT}|he|she|they)\b",
                rf"\b{HURTS}\b",
                r"\b(?:me|us)\b|\bmy (?!(?:mum|dad|step dad|step mum|parents?|uncle|auntie|aunty|aunt|grandad|grandpa|grandma|"
                r"granny|gran|nan|nanny|nana|babysitter|carer|teacher|coach|neighbour|neighbor)\b)",
                r"\b(?:when|if|every|always|because|cos|again|hard|really|so hard|makes me|until|till|all the time|at home|"
                r"drunk|angry|cross|bad|naughty|leaves? marks|bleed|cry|bruise|bruises)\b",
            ),
            r"\b(?:hits|hurts|beats|smacks|kicks|punches|slaps|whacks|chokes|strangles|burns) me\b",
            r"\b(?:got|get|was|been|gets) (?:hit|punched|kicked|beaten|smacked|slapped|whacked) so (?:hard|bad|badly)\b",
            (
                rf"\b(?:{HOME_ADULT}|he|she|they)\b",
                r"\b(?:bruise|bruises|bruised|black eye|bleeding|bled|marks|welts|scars|burn marks|broke my|broken)\b",
                r"\b(?:my|me)\b",
                r"^(?!.*\b(?:(?:tooth|teeth) (?:\w+ ){0,6}(?:fell|came|fall|falls|come) out|nosebleed|nose (?:bled|"
                r"was bleeding|started bleeding|is bleeding)(?! (?:after|when|because)))\b)",
            ),
            rf"\b{HOME_ADULT} (?:\w+ ){{0,4}}(?:pulled|pulls|twisted|twists|pinched|pinches|scratched|scratches|grabbed|grabs|"
            rf"squeezed|held|holds|shoved|stamped on|sat on|choked) (?:\w+ ){{0,2}}(?:me|my)\b",
            r"\b(?:black eye|bruise|bruises|marks|cuts|burns|burn|broken arm|scars?) (?:\w+ ){0,3}(?:from|because of|cos of|"
            r"by) (?:my |the |his |her )?(?:mum|dad|step dad|step mum|uncle|belt|stick|slipper|he|she|him|her|them)\b",
            r"\b(?:have to|had to|told me to|made me|makes me) (?:say|lie|pretend|tell (?:them|people|the teacher|"
            r"everyone)) (?:that )?(?:i fell|i fell over|it was an accident|i walked into|i did it myself|nothing happened)\b",
            r"\b(?:and i lied|i lied about(?! (?:brushing|my homework|doing|eating|washing|cleaning|tidying|having|"
            r"reading|practising|the sweets|the biscuits|the chocolate))|to hide the (?:bruise|bruises|marks))\b",
            r"\b(?:he|she|they|someone) (?:\w+ ){0,2}(?:burnt|burned|burns|cut|choked|strangled|whipped|belted|twisted) (?:me|"
            r"my)\b",
            r"\b(?:held|holds|put|pushed|pushes) my (?:hand|arm|head|face|fingers) (?:on|in|under|against) (?:the )?(?:cooker|"
            r"hob|oven|fire|iron|hot|water|wall|radiator|kettle)\b",
            r"\bmarks (?:on|all over) my (?:\w+ ){0,2}(?:from|after) (?:the |a |his |her )?(?:belt|stick|slipper|cable|wire)\b",
            r"\b(?:with|from) (?:his|her|the|a) (?:belt|cigarette|lighter|iron)\b",
            rf"\b{HOME_ADULT} (?:\w+ ){{0,4}}{HURTS} {BODY}\b",
            rf"\b{HOME_ADULT} (?:\w+ ){{0,4}}{HURTS} (?:my )?(?:mum|dad|brother|sister|baby|little brother|little sister)\b",
            r"\b(?:get|got|getting|gets) (?:hit|beaten|smacked|hurt|kicked|slapped|punched|belted|whipped) (?:\w+ ){0,2}"
            r"(?:at home|by my|every|all the time|when|if|a lot|again|for)\b",
            r"\b(?:bruise|bruises|marks|cuts) (?:\w+ ){0,3}(?:from|because|where) (?:my )?(?:mum|dad|step dad|step mum|uncle|"
            r"he|she|they)\b",
            r"\b(?:hit|hits|hurt|hurts|beat|beats) me with (?:a|the|his|her) (?:belt|stick|shoe|slipper|spoon|cable|wire|hand)",
            r"\b(?:someone|he|she|they) (?:\w+ ){0,2}(?:hits|kicks|kicked|beats|hurts|punches|punched|slaps|slapped|chokes|"
            r"choked|burns) me\b",
            rf"\b{HOME_ADULT} (?:\w+ ){{0,3}}(?:hit|hits|hurt|hurts|beat|beats|kicked|kicks) me\b",
            r"\b(?:push|pushed|pushes|shove|shoved|threw|throws) (?:\w+ ){0,3}(?:down the stairs|into the wall|"
            r"against the wall|onto the floor)\b",
            r"\b(?:grab|grabs|grabbed|holds?|held) (?:\w+ ){0,3}by the (?:throat|neck)\b",
            rf"\b(?:{HOME_ADULT}) (?:\w+ ){{0,2}}(?:pushed|shoved|pushes|shoves) me\b(?! (?:on|in|round|around|along|"
            rf"up) (?:the |a "
            r"|my )?(?:swing|swings|pram|buggy|trolley|wheelchair|sledge|go kart|roundabout|bike|scooter|hill))",
            r"\bbut (?:really )?(?:it was|its|it is) (?:my )?(?:step mum|stepmum|step dad|stepdad|mum|dad|uncle|auntie|nan|"
            r"grandad|mums boyfriend|dads girlfriend) (?:who|that) (?:does|did|hurts|hurt|hits|hit) (?:it|me)\b",
            rf"\b(?:{HOME_ADULT}) (?:\w+ ){{0,2}}(?:yanks|yanked|pulls|pulled) my hair\b",
            r"\b(?:coach|teacher|tutor|instructor|leader|sir|miss) (?:\w+ ){0,2}(?:hits|smacks|slaps|whacks|beats) (?:us|me) "
            r"(?:on|with|when|if|across|round)\b",
            (
                r"\b(?:pinned|pined|pins|pinning|held|holds) me (?:up )?(?:against|to) the (?:wall|door|floor)\b",
                r"\b(?:throat|neck|hurt|hurts|couldnt breathe|cant breathe|scared)\b",
            ),
        ),
        (
            "Nobody is allowed to hurt you, and it is not your fault. Thank you for telling me. Please tell a grown-up "
            "you trust, like a teacher, a carer or someone else in your family, as soon as you can.",
            "I'm so sorry that is happening. You did nothing wrong, and you deserve to be safe. Please tell a grown-up "
            "you trust, like a teacher or someone else in your family, as soon as you can.",
        ),
        unless=r"\b(?:jk|just kidding|only joking|im (?:just |only )?joking|"  # the child's own joke, not "he says its a joke"
        r"in the air|so fun|its fun|beat me at|beat me in|beats me at|ball|balls|balloon|pillow|play fight|"
        r"drum|drums|home run|rounders|hug|hugs|hugged|hugging|cuddle|cuddles|got your nose|pinch(?:es|ed)? my cheeks?|"
        r"playfight|tickle|tickles|high five|by accident|by mistake|accidentally|didnt mean to|game|"
        r"(?:held|holds|hold|grabbed|grabs|took|takes) my hand (?:to|when|so|and)|"
        r"minecraft|roblox|fortnite|pretend|upside down|couldnt stop laughing|we all laughed|snowball)\b|"
        # with nobody doing harm: a brother or sister when they were a baby, a hand held to cross the road, a doctor's
        # check, and the child's own knocks (a black eye from a ball, a head on a door frame)
        r"^(?!.*\b(?:push|pushed|pushes|shoved|threw|throws|made me|on purpose|hit|hits|slapped|smacked|kicked|punched|"
        r"twisted|grabbed|grabs|dragged|shook|burned|burnt|bruises|marks|bleed|bleeds|bled|did it|did this|angry|drunk|"
        r"still|again|every|always)\b).*\b(?:(?:sister|brother|cousin) (?:\w+ ){0,3}when (?:she|he) was (?:a baby|little|"
        r"a toddler|tiny)|(?:held|holds|hold|holding) my hand (?:\w+ ){0,3}(?:when|while|to) (?:we |i )?cross|(?:doctor|"
        r"nurse|dentist|optician) (?:\w+ ){0,2}(?:checked|looked at|listened to|examined) my|i got (?:a )?(?:black eye|"
        r"bruise|cut|bump|nosebleed|fat lip) from (?:a|the) (?:hockey stick|ball|football|cricket ball|bat|racket|puck|"
        r"swing|trampoline|goalpost|door)|i (?:banged|bumped|bashed|hit) my head on (?:the|a|my) (?:door frame|doorframe|"
        r"door|table|cupboard|shelf|ceiling|bunk bed|top bunk|climbing frame|slide|car door))\b",
        helpline=True,
    ),
    Category(
        "emotional_abuse",
        SERIOUS,
        (
            r"\b(?:im|i am|its me|me is) the reason (?:she|he|they|mum|dad|my mum|my dad|my step \w+) (?:drinks|is sad|is angry|"
            r"cries|left|is ill|hates)\b",
            r"\bnext time it will be (?:my|your) (?:face|head)\b",
            r"\b(?:sleep|sleeps|slept) in the (?:shed|garage|garden|cold) when\b",
            r"\bim the reason (?:\w+ ){0,3}(?:left|died|sad|angry|cries|split)\b|\bi ruined (?:the|our) family\b",
            r"\bsorry for being (?:alive|born|here)\b",
            r"\b(?:told|tells|said|says) (?:me )?(?:to )?go (?:and )?die\b",
            r"\b(?:acts|act|acting|pretend|pretends) like i (?:dont|dont even) exist\b",
            r"\b(?:giving|give|send|sending) me (?:back )?(?:to|into) (?:social services|care|a home)\b",
            r"\b(?:locked|shut) in my room (?:every day|all day|all night|every night|until)\b",
            r"\b(?:rip|ripped|rips|tear|tore|break|broke|smash|smashed) (?:up )?my (?:\w+ )?(?:in front of me|and laugh)\b",
            r"\b(?:film|films|filmed|filming) me crying\b",
            r"\b(?:screams|shouts|yells|swears) at (?:me|us) (?:every day|all the time|every night|always|for nothing)\b",
            r"\b(?:killed|hurt|taken away|sent away|die|dead|kill (?:me|mum|dad|you|my \w+))(?: \w+){0,3} if (?:i|you) "
            r"(?:ever )?(?:tell|told|say|said|tell anyone)\b",
            r"\b(?:mum|dad|step dad|step mum|parents) (?:tells|told) everyone (?:that )?im (?:a )?(?:liar|baby|"
            r"idiot|stupid|bad|thief)\b",
            r"\b(?:put me in the bin|shut (?:me )?in (?:the )?(?:\w+ ){0,2}(?:shed|cupboard|room|cellar) (?:\w+ ){0,3}(?:dark|"
            r"hours|all night)|(?:theyre|im|i am) rubbish just like me|(?:im|i was|i am|me) a mistake|said (?:i|me) (?:was|were|"
            r"am) a mistake|end up in prison just like)\b",
            r"\b(?:send|sending) me (?:to|away) (?:\w+ ){0,2}(?:home|children s home|childrens home|care|away|boarding school|"
            r"another family)\b|\bsend me away\b",
            (
                r"\b(?:give (?:\w+ ){0,2}away|drown|kill|hurt|get rid of|throw out) (?:my )?(?:kitten|cat|dog|puppy|pet|"
                r"hamster|rabbit|bunny|toys|dog)\b",
                r"\b(?:if i|unless i|or else|when i|says|said)\b",
            ),
            r"\b(?:dumbest|stupidest|ugliest|worst) (?:kid|child|boy|girl|one|person|son|daughter)\b",
            r"\b(?:i dont deserve any|dont deserve anything|deserve nothing)\b",
            r"\b(?:a curse|a disgrace|a mistake|a waste of space|the bad one|a bad seed|a burden)\b(?! (?:in|"
            r"on) (?:the )?(?:game|story|film))",
            r"\b(?:didnt want me|never wanted me|doesnt want me|dont want me|wishes i was|wish i was never)\b",
            r"\b(?:leave and never come back|never come back|leave me (?:at|on|by) the (?:side|road|shops|motorway|park))\b",
            r"\b(?:made|makes|make) me wear (?:a )?sign\b",
            r"\b(?:dont|do not|never) (?:like|want) (?:going|to go|being|to be) (?:back )?home\b",
            (r"\bis it (?:normal|ok|okay) (?:that|for|when|if) your\b", r"\b(?:calls|says|shouts|screams|tells)\b"),
            (
                rf"\b(?:{HOME_ADULT}|he|she|they)\b",
                r"\b(?:makes|made|make) me (?:stand|sleep|sit|stay|eat|wait) (?:\w+ ){0,3}(?:corner|shed|garden|outside|"
                r"cupboard|dark|all night|on my own|alone|floor|kitchen)\b",
            ),
            (
                rf"\b(?:{HOME_ADULT}|he|she|they)\b",
                r"\b(?:leaving forever|leave forever|never coming back|leave us forever|leave me forever)\b",
                r"\b(?:if i|when i|because i|cos i|says|said)\b",
            ),
            (
                rf"\b(?:{HOME_ADULT}|he|she|they)\b",
                r"\b(?:smashes|smashed|breaks|broke|rips|ripped|burns|burnt|throws away|threw away) my (?:toys|things|stuff|"
                r"books|drawings|teddy)\b",
            ),
            r"\b(?:not part of the family|different son|different daughter|different child|different kid|had a different|"
            r"instead of me)\b",
            r"\b(?:dont|do not|doesnt) deserve (?:any )?(?:dinner|food|love|presents|tea|to eat)\b",
            r"\b(?:waved|waves|pointed|points|held|holds) (?:a |the |his |her )?(?:\w+ )?(?:knife|gun|belt|stick) at me\b",
            (r"\b(?:kill|hurt) (?:herself|himself|themselves)\b", r"\b(?:my fault|because of me|cos of me)\b"),
            r"\b(?:dark room|sent to the shed|locked in the dark|in the dark room)\b",
            r"\b(?:its|it is|all) my fault (?:\w+ ){0,3}(?:left|died|sad|angry|sick|drinks|shouts|gone|split|divorce)\b",
            # ("left me out" alone is being left out of play: bullying)
            r"\b(?:locked|locks|lock|shut|shuts|put|puts|left|leaves) me (?:outside|out (?:in the \w+|all night|at night|"
            r"of the house)|out|in the cold|in the dark|in the shed|in the garden|in the cupboard|under the stairs)\b"
            r"(?<!left me out)(?<!leaves me out)",
            r"\b(?:wont|doesnt|dont|never) let me (?:eat|have dinner|have food|sleep|see|talk|go out|play|come out|sit with)\b"
            + SCREEN_RULES,
            r"\b(?:scared|afraid|frightened|terrified) (?:to be|of being|to stay|of going|to go) (?:at )?home\b",
            (
                rf"\b(?:{HOME_ADULT}|he|she|they)\b",
                r"\b(?:says|said|tells|told|calls|called|shouts|shouted|screams|screamed|yells|yelled|thinks|think)\b",
                r"\b(?:stupid|ugly|worthless|useless|idiot|fat|mistake|hate|hates|dont love|doesnt love|never wanted|ruined|"
                r"disgusting|pathetic|waste|bad girl|bad boy|evil|devil|burden|nothing|loser|dumb|thick|fault|embarrassment|"
                r"nobody (?:will )?(?:ever )?(?:love|loves|want|wants))\b",
                r"\b(?:me|im|i)\b",
                r"^(?!.*\b(?:sister|brother|sis|bro)\b.*\bbut (?:then )?(?:she|he) (?:gave me|said sorry|hugged me|played with "
                r"me|made up|let me)\b)",
            ),
            (
                rf"\b{HOME_ADULT}\b",
                r"\b(?:scares|scared|frightens|frightened|terrifies|terrified|afraid|scary)\b",
                r"\b(?:me|i|im)\b",
                r"^(?!.*\b(?:(?:she|he|they) (?:was|were|is|got|gets) (?:so |really |very )?(?:scared|worried|frightened)|"
                r"scared of (?:the|my|our) new (?:teacher|coach))\b)"
                rf"(?!.*{SCARED_THEM})",
                # a worry about a tooth or a knee, with no one else scary in it: "im scared my tooth bleeding is bad"
                r"^(?!(?!.*\b(?:scares|frightens|terrifies|scary|scared of|afraid)\b).*\bscared (?:that )?my (?:tooth|teeth|"
                r"tummy|knee|arm|leg|finger|nose|cut|graze)\b)",
            ),
            (
                r"\b(?:if i|unless i|or else|or (?:he|she|they) (?:will|would|ll))\b",
                r"\b(?:hurt|hit|kill|beat|send|lock|leave|take away|never see|punish|smack|belt|throw)\b",
                rf"\b(?:{HOME_ADULT}|he|she|they)\b",
            ),
            r"\bnot allowed (?:to )?(?:eat|sleep|see|come out|talk|go out|have (?:dinner|food|friends)|leave my room|play)\b",
            r"\b(?:send me away|put me in a home|give me away|leave me (?:at|in) (?:\w+ ){0,3}(?:and never|forever)|"
            r"never come back for me|throw me out|kick me out)\b",
            r"\b(?:i was|im) (?:a mistake|an accident they didnt want|not wanted|unwanted)\b",
            r"\b(?:sorry for being born|wish (?:i|id) (?:\w+ )?never (?:been )?born|should never have had me)\b",
            r"\b(?:kill|hurt|hit|beat) me if i (?:tell|say|cry|talk)\b",
            r"\b(?:doesnt|dont|wont|never) (?:talk|speak) to me for (?:days|weeks|ages|hours)\b",
            r"\b(?:acts|pretends|act|pretend) (?:like )?(?:im|i am|i was) (?:not there|invisible|not here)\b",
            (
                r"\b(?:mum|dad|step dad|step mum|uncle|aunt|auntie|nan|grandma|grandad|parents|mums boyfriend|he|she)\b",
                r"\b(?:screams|screamed|shouts|shouted|yells|yelled) (?:right )?in my face\b",
            ),
            (
                r"\b(?:if i dont|if i tell|if i say|unless i)\b",
                r"\b(?:tell everyone|put me in|send me|hurt|kill|take away|never see|get rid of|leave me|hate me)\b",
                r"\b(?:mum|dad|step dad|step mum|uncle|he|she|they)\b",
            ),
            rf"\b{HOME_ADULT} (?:\w+ ){{0,3}}(?:says|said|tells me|told me|calls me|called me|keeps calling me|shouts|"
            r"shouted|screams|screamed|yells|yelled) (?:\w+ ){0,4}(?:stupid|ugly|worthless|useless|idiot|fat|a mistake|"
            r"nobody wants me|hates me|hate you|hate me|never been born|never born|dont love|doesnt love|not love|never wanted|"
            r"ruined|wish you|wish i|disgusting|pathetic|waste)",
            rf"\b{HOME_ADULT} (?:\w+ ){{0,2}}(?:hates|doesnt love|dont love|never loved|doesnt want|dont want|never wanted) me\b",
            r"\b(?:locks|locked|lock|shuts|shut) (?:me|us) (?:in|out|up)\b",
            r"\b(?:yelling|shouting|screaming|yells|shouts|screams) (?:at me )?(?:that )?(?:im|i am) (?:so )?(?:pathetic|"
            r"worthless|useless|a waste|disgusting|nothing)\b",
            rf"\b{HOME_ADULT} (?:\w+ ){{0,2}}(?:threatens|threatened|threaten) (?:me|to)\b",
            r"\b(?:says|said|say) (?:he|she|they) (?:will|would|is going to|are going to|gonna) (?:hurt|kill|hit|beat|"
            r"send me away|get rid of me) me\b",
            r"\b(?:says|said|say) (?:he|she|they) (?:will|would|is going to|are going to) (?:hurt|kill|hit|beat)\b",
            r"\b(?:scared|afraid|frightened|terrified) (?:to go|of going|to be) home\b",
            r"\b(?:scared|afraid|frightened|terrified) of (?:my )?(?:dad|mum|step dad|step mum|uncle|mums boyfriend|parents)\b",
            r"\b(?:not allowed|never allowed) to (?:eat|leave my room|come out|see my)\b",
            r"\bnot allowed (?:any )?friends\b",
            r"\b(?:screams|screamed|screaming|shouts|shouted|yells|yelled) (?:at (?:me|her|"
            r"him) )?(?:that )?(?:she|he|they) hates? (?:me|her|him)\b",
            (
                r"\b(?:said|says|say|told me|tells me|calls me|called me)\b",
                r"\b(?:i (?:was|were|am)|im|me) (?:a |just a )?(?:mistake|waste of space|burden|never wanted|not wanted)\b",
            ),
            (
                r"\bif (?:i|me) (?:ever )?(?:tell|told)\b",
                r"\b(?:will|would|going to|gonna|said) (?:\w+ ){0,3}(?:give|take|hurt|kill|send|throw|get rid)\b",
            ),
            r"\b(?:nobody|no one|they|mum|dad|parents) (?:\w+ ){0,3}(?:talks|talk|speaks|speak|looks|look) (?:to|at) me for "
            r"(?:days|a week|weeks|ages)\b",
            r"\b(?:wont|doesnt|dont|never) let me (?:\w+ ){0,6}(?:or|and|even) (?:eat|have dinner|have food|have any food|"
            r"sleep)\b",
            r"\bim the (?:failure|disappointment|mistake)\b",
        ),
        (
            "Nobody should talk to you like that or make you scared at home. It is not your fault, and you deserve to be "
            "safe and loved. Please tell a grown-up you trust, like a teacher or someone else in your family.",
        ),
        unless=r"\b(?:jk|just kidding|only joking|im (?:just |only )?joking|"  # the child's own joke, not "he says its a joke"
        r"game|story|film|movie|minecraft|roblox|out of (?:her|his|their) room|teenager|"
        r"out of the (?:bathroom|toilet)|"
        r"(?:what|which) (?:\w+ ){0,2}am i (?:afraid|scared|frightened))\b",
        helpline=True,
    ),
    Category(
        "grooming",
        SERIOUS,
        (
            (
                r"\b(?:on|from|in) (?:roblox|fortnite|minecraft|tiktok|snapchat|snap|insta|instagram|discord|youtube|whatsapp|"
                r"online|the game|my game|xbox|ps4|ps5|a game|among us)\b",
                r"\b(?:(?:he|hes|hell|she|shes|shell|they|theyre|theyll|someone|somebody|a man|a lady|a guy|a boy|a girl|this|"
                r"wants to|wanted to|trying to) (?:\w+ ){0,4}(?:pick me up|meet "
                r"me|meet up with me|come to my (?:school|house|home)|take me (?:for|out))|wait for me (?:after|outside)|where i "
                r"live|my address|which school i go to)\b",
            ),
            r"\b(?:should|lets|let us|wants to|want to) (?:move|go|talk|chat) (?:to|on|onto) (?:snapchat|whatsapp|"
            r"discord|telegram|"
            r"kik)\b",
            r"\b(?:feet|foot|body|bath|bedroom) (?:pics|pictures|photos|videos)\b",
            r"\bprove (?:i|you) love (?:him|her|them)\b",
            r"\bhide (?:\w+ ){0,2}apps?\b|\b(?:parents|mum|dad) (?:check|checks|see|sees) (?:\w+ )?(?:phone|"
            r"messages)\b(?=.*\b(?:asked|"
            r"lady|man|guy|someone|he|she)\b)",
            r"\bsent me (?:a )?(?:train ticket|bus ticket|plane ticket|money|gift cards?)\b",
            r"\b(?:gave|give|told|sent) (?:my )?(?:\w+ ){0,3}(?:my address|where i live)\b",
            r"\b(?:misses me|im beautiful|im sexy|im pretty)\b(?=.*\b(?:messages|messaged|online|friend|man|he|says|said)\b)",
            r"\b(?:its|it is) our (?:thing|special thing|little thing)\b",
            r"\b(?:buys|bought|gives|gave) me (?:stuff|things|sweets|presents|money|vapes) (?:\w+ ){0,6}(?:on my own|"
            r"alone|if i tell|"
            r"not to tell|dont tell)\b",
            r"\b(?:wants|wanted|asked|asks) (?:me )?to (?:meet|see|meet up with) (?:me )?(?:on my own|alone|by myself|without "
            r"(?:mum|dad|my mum|my dad|my parents|anyone knowing))\b",
            (
                r"\b(?:asked|asks|asking|wants|wanted|keeps asking|kept asking) (?:me )?(?:for|to see|to send|me to send|me for) "
                r"(?:\w+ ){0,6}(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos) of "
                r"(?:me|myself|my body)\b",
                r"^(?!.*\b(?:mum|dad|nan|nanny|grandma|grandad|gran|grandpa|auntie|aunt|parents|teacher) (?:\w+ )?(?:asked|"
                r"asks|wants|wanted)\b)",
            ),
            r"\b(?:asked|asks|told|tells|wants) me to (?:move|go|talk|chat|come) (?:to|on|onto) (?:whatsapp|snapchat|discord|"
            r"telegram|kik|a private chat|private)\b",
            (
                r"\b(?:delete|deleted|clear) (?:everything|all the messages|the messages|our messages|the chat|our chat)\b",
                r"\b(?:he|she|they|someone|man|asked|told|said)\b",
            ),
            r"\b(?:wants my (?:snapchat|snap|number|address|insta)|run away with (?:him|her)|(?:says|said) (?:he|she) loves "
            r"me|(?:hes|shes|theyre) watching me|send (?:him |her )?more (?:pictures|photos|pics)|if i tell (?:my )?(?:mum|dad|"
            r"anyone) (?:\w+ ){0,3}(?:wont let|jail|prison|trouble|hurt))\b",
            (
                r"\b(?:come|go|came|went) (?:to|round to|over to) (?:his|her|their) (?:house|flat|place|car|van|room)\b",
                r"\b(?:sweets|secret|tomorrow|alone|on my own|gave me|gives me|dont tell|money|presents|puppy)\b",
            ),
            r"\b(?:more mature than|so mature|mature for (?:my|your) age|grown up for (?:my|your) age|sends me kisses|"
            r"sent me kisses|kisses emojis)\b",
            r"\bsecret (?:cuddles|kisses|hugs|games|game|sleepovers|photos|chats|meetings)\b",
            r"\b(?:i owe him|i owe her|owe him now|owe her now|owe them)\b",
            (
                r"\b(?:its a secret|its our secret|keep it secret|its secret)\b",
                r"\b(?:man|lady|woman|he|she|grownup|adult|uncle|coach|teacher|pick me up|take me|older)\b",
            ),
            r"\b(?:run away together|hes (?:1[6-9]|[2-9][0-9])\b|shes (?:1[6-9]|[2-9][0-9])\b|is (?:1[6-9]|"
            r"[2-9][0-9]) and (?:gives|says|wants|sends))",
            (
                r"\b(?:online|game|roblox|minecraft|fortnite|tiktok|snapchat|chat|discord|youtube|internet)\b",
                r"\b(?:wants to meet|want to meet|wanted to meet|meet up|come and meet|meet me|meet him|meet her)\b",
            ),
            r"\b(?:in secret|secretly|behind (?:my )?(?:mums|dads|parents|mum s|dad s) back)\b",
            r"\b(?:not allowed to know|isnt allowed to know|mustnt know|cant know|shouldnt know|dont need to know|"
            r"never find out)\b",
            r"\b(?:understand me|understands me|gets me) (?:like|better than|more than)\b",
            r"\b(?:im|i am) (?:his|her|their) (?:favourite|special|girlfriend|boyfriend|best girl|best boy)\b",
            r"\b(?:delete|hide|clear|deleted) (?:all )?(?:of )?(?:our|the|my|his|her) (?:messages|chats|texts|photos|pictures)\b",
            (
                r"\b(?:online friend|internet friend|friend online|from the game|in the game|online|met online|from roblox|"
                r"from fortnite|from minecraft)\b",
                r"\b(?:see him|see her|visit|come and see|pay for|train|bus|ticket|pick me up|come over|meet)\b",
            ),
            (
                r"\b(?:waiting outside school|outside my school|at the school gate|outside school)\b",
                r"\b(?:sweets|gives me|gave me|says shes|says hes|friends with my)\b",
            ),
            (
                r"\b(?:posted me|sent me|gave me|bought me) (?:a )?(?:phone|tablet|ipad|sim card)\b",
                r"\b(?:secret|talk|dont tell|not tell)\b",
            ),
            r"\b(?:special friend|just for us|just between us|only for us|our little secret|our special)\b",
            r"\b(?:come|go|stay) (?:to|round|over) (?:his|her|their) (?:house|flat|place|car|room) (?:\w+ ){0,2}(?:on my own|"
            r"alone|by myself|without|secret)\b",
            r"\b(?:delete|hide|clear) (?:our|the|my|his|her) (?:messages|chats|texts|photos)\b",
            (
                r"\b(?:secret|secrets|dont tell|not tell|never tell|cant tell|mustnt tell|not to tell|between us|our thing|"
                r"no one can know|nobody can know|no one must know|nobody must know)\b",
                r"\b(?:man|lady|woman|he|she|they|someone|uncle|coach|teacher|tutor|neighbour|neighbor|online|older|grownup|"
                r"adult|person|stranger|babysitter|mums friend|dads friend)\b",
                r"\b(?:mum|dad|parents|family|anyone|anybody|nobody|no one|grownups|teacher|nan)\b",
            ),
            (
                r"\b(?:online|internet|game|gaming|roblox|minecraft|fortnite|among us|tiktok|snapchat|snap|whatsapp|instagram|"
                r"insta|discord|youtube|kik|facebook|messenger|app|chat|comments|message|messages|messaged|texted|texting|"
                r"texts|dm|dms|pm|xbox|playstation|ps5|tablet|ipad|phone(?! number)|video call|call|online friend|"
                r"internet friend)\b",
                r"\b(?:photo|photos|picture|pictures|selfie|video|videos|camera|cam|webcam|address|where i live|live|"
                r"which school|what school|meet|meeting|number|password|body|clothes|underwear|pants|alone|bedroom|my room|"
                r"age|how old|secret|private|gift|gifts|present|robux|vbucks|money|boyfriend|girlfriend|love|special)\b",
                r"\b(?:asked|asks|asking|ask|wants|wanted|want|told|tells|said|says|keeps|kept|sent|sends|send|begging|begged|"
                r"made|offered|offers|promised)\b",
                r"\b(?:me|my|i)\b",
            ),
            r"\b(?:what colour|what color|show me|send me|asked about|asked what|asks about) (?:\w+ ){0,2}(?:underwear|pants|"
            r"knickers|bra|body|bum)\b",
            r"\b(?:when|while|if) (?:no|nobody|there are no|there arent any) (?:grownups|grown ups|adults|parents|"
            r"one)? ?(?:are |is )?(?:around|home|there|looking|watching)\b",
            r"\b(?:if i dont|unless i) send (?:him|her|them) (?:a |some )?(?:picture|photo|photos|pictures|video|selfie)\b",
            r"\b(?:shouldnt|should not|mustnt|must not|cant|cannot|not allowed to|not to|never to) tell (?:my |your )?(?:mum|"
            r"dad|parents|mummy|anyone|anybody|nobody|teacher|family|nan)\b",
            r"\b(?:private|secret|just between us|our thing) (?:\w+ ){0,4}(?:cant|not|mustnt|shouldnt|never|dont) tell\b",
            r"\b(?:message|text|call|talk to|chat with|video chat|snap) (?:him|her|them|me) (?:privately|in private|in secret|"
            r"secretly|alone)\b",
            (
                r"\b(?:keep it|keep this|keep our|keep them|its our|it a) (?:a )?secret\b",
                r"\b(?:he|she|they|man|lady|older|teenager|someone|grownup|online|asked|told|said|wants)\b",
            ),
            r"\b(?:pick me up|collect me|take me) (?:\w+ ){0,3}(?:and )?(?:not|dont|never) (?:to )?tell\b",
            r"\b(?:said|says|told me|tells me|asked me|asks me|wants me|wanted me|made me promise|makes me promise|"
            r"made me|makes me) (?:\w+ ){0,3}(?:not|never|dont) (?:to )?tell\b",
            r"\b(?:dont|not|never) tell (?:your|ur) (?:mum|dad|parents|family|teacher|mummy)\b",
            r"\b(?:our|a special|our special|our little|a big|a grownup) secret\b",
            r"\bkeep (?:it |this |a |our )?(?:\w+ )?secret (?:from|or)\b",
            (
                r"\b(?:online|internet|game|roblox|minecraft|fortnite|tiktok|snapchat|snap|whatsapp|instagram|insta|"
                r"discord|youtube|app|chat|message|messaged|messages|texted|texts|dm|dms|xbox|playstation|tablet|ipad|"
                r"phone(?! number)|video call|call)\b",
                r"\b(?:photo|photos|picture|pictures|selfie|video of me|videos of me|camera|webcam|cam|facetime|video call|"
                r"address|where i live|which school|what school|where i go to school|meet me|meet up|come and meet|meet him|"
                r"meet her|meet them|my number|phone number|password|in my room|alone|my body)\b",
                r"\b(?:asked|asks|asking|wants|wanted|told|tells|keeps|kept|said|says|sent|sends|send|begged|begging)\b",
            ),
            (
                r"\b(?:gives|gave|buys|bought|giving|give|send|sent|sends|promised) me (?:\w+ ){0,2}(?:presents|present|gifts|"
                r"gift|sweets|money|robux|vbucks|v bucks|things|stuff|a phone|games)\b",
                r"\b(?:secret|dont tell|not tell|never tell|if i|only if|nobody knows|just us|in return|phone number|my number|"
                r"address|where i live|photo|picture|selfie)\b",
            ),
            (
                r"\b(?:man|lady|woman|stranger|grownup|adult|older|someone|guy|person|boy|girl|teenager)\b",
                r"\b(?:be my boyfriend|be my girlfriend|my boyfriend|my girlfriend|special friend|loves me|in love with me)\b",
                r"\b(?:online|game|secret|old|older|grownup|adult|years old|man|lady)\b",
            ),
            (
                r"\b(?:not to tell|dont tell|keep it (?:a )?secret|our secret|our little secret)\b",
                r"\b(?:pretty|prettier|beautiful|special|mature|lift|lifts|gives me|gave me|buys me|bought me|meet|alone)\b",
            ),
            (
                r"\b(?:messaged|messages|message|messaging|texted|texting|texts|online|chat|dm|dmd)\b",
                r"\b(?:pick me up|meet me|meet up|come to my|collect me|get me from)\b",
            ),
            r"\bif (?:i|me) dont send\b",
            (
                r"\b(?:said|says|told me|tells me|wants me) (?:to )?(?:hide|keep) (?:it|this|them|the \w+) (?:a secret )?from "
                r"(?:my )?(?:mum|mom|dad|mummy|daddy|parents|mum and dad|carer|nan|grandma)\b",
                r"^(?!.*\b(?:surprise|birthday|christmas|present for|presents for|hide and seek)\b)",
            ),
            (
                r"\bwhere (?:my )?(?:mum|mom|dad|mummy|daddy|parents|mum and dad) (?:cant|wont|cannot|doesnt|dont) (?:see|"
                r"check|look)\b",
                r"^(?!.*\b(?:hide and seek|surprise|birthday|christmas|present)\b)",
            ),
            (
                r"\b(?:from|on) (?:the )?(?:internet|online|game|chat|app|roblox|fortnite|minecraft|tiktok|snapchat|instagram|"
                r"discord|whatsapp)\b",
                r"\b(?:mum|mom|dad|parents|mum and dad|nobody|no one) (?:doesnt|dont|does not|do not) know\b",
                r"\b(?:he|she|man|lady|grownup|grown up|adult|person|someone|somebody)\b",
            ),
        ),
        (
            "You did the right thing telling me. A grown-up should never ask a child to keep secrets from their family, "
            "send photos, or meet up. You won't be in trouble. Please tell a grown-up you trust, like your mum, dad or a "
            "teacher, right away, and don't reply to them.",
        ),
        unless=r"\b(?:surprise (?:\w+ )?(?:party|present|cake|card|for|gift|trip|visit)|(?:his|her|their|our|the) surprise|"
        r"present for|birthday|party|christmas|hide and seek|(?:says|said|told me|told us|tells me) "
        r"(?:to )?(?:never|not to|dont) (?:tell|give|share) (?:people|strangers|anyone) (?:online|where|your|my)|"
        r"(?:cant|not allowed to|wont let me) (?:have|use|go on|play on) my (?:tablet|phone|ipad|computer|switch)|"
        r"(?:sister|brother|cousin) (?:shes|hes|is) \d+|(?:strong|good|new|school) password|password for (?:the )?school|"
        r"school (?:computer|laptop|ipad)|"
        # the child blocked them and told a grown-up; a secret the parents know; a lesson learned
        + GROOMING_SIGNS
        + rf"(?=.*\b{ONLINE}\b).*\b(?:blocked|reported) (?:him|her|them)\b(?=.*\btold (?:my )?(?:mum|"
        r"dad|parents|teacher|nan|grandma|grandad)\b)(?!.*\b(?:but|again|still|keeps|keep|new account|back|scared|threat|"
        r"threatened|sent|said he|said she)\b)|"
        + GROOMING_SIGNS
        + r"(?:my )?(?:babysitter|nan|nanny|grandma|grandad|gran|auntie|aunt|dad|mum|brother|sister|cousin)\b.*\bsecret\b"
        r".*\bbut (?:my )?(?:mum|dad|parents|mum and dad) (?:knows|know|knew)(?: about it)?(?: lol| haha)?$|"
        r"(?:learned|learnt|taught us|told us|were told) (?:not to|never to|to never|that you shouldnt|you shouldnt)\b"
        r"(?!.*\b(?:but|he|him|she|her|someone|man|lady|asked|sent|wants|keeps)\b))\b",
        helpline=True,
    ),
    Category(
        "neglect",
        SERIOUS,
        (
            r"\b(?:shoes|trainers|coat|clothes|uniform|school shoes) (?:\w+ ){0,3}(?:no soles|holes in (?:them|it)|too small|"
            r"dont fit|falling apart)\b(?=.*\b(?:cant afford|no money|wont buy|doesnt buy|never buys|but (?:she|he|"
            r"they) buys?)\b)",
            r"\b(?:theres|there is|we have|we had|we got) nothing (?:to eat )?(?:at home|in the house|"
            r"in the fridge)?\b(?=.*\b(?:hungry|"
            r"took|food|eat|dinner|home|nothing)\b)",
            r"\bate (?:some of )?(?:the )?(?:dog|cat) food\b",
            r"\b(?:went away|gone away|left) (?:\w+ ){0,4}(?:and left me|left me and my|and left us)\b",
            r"\b(?:havent|not) had a (?:bath|wash|shower) (?:\w+ ){0,2}(?:weeks|months)\b",
            r"\b(?:been gone|gone|away) for (?:\d+|two|three|four|five) days\b",
            r"\bnobody (?:woke|wakes|takes|took|gave|gives|looked at|asked)\b(?=.*\b(?:school|medicine|missed|ill|temperature|"
            r"sore|cut|asked|midnight)\b)",
            r"\b(?:my bed is|i sleep on) (?:just )?(?:a coat|the floor|a blanket on the floor)\b",
            r"\b(?:at home|home) (?:theres|there is) nothing\b|\bthats it for the whole day\b",
            r"\bim (?:only )?\d+ and i (?:look after|get myself|feed) (?:myself|my)\b",
            r"\b(?:needles|syringes) on the floor\b",
            r"\b(?:look after|looking after|looks after|babysit|babysitting) (?:my )?(?:\w+ )?(?:brother|sister|brothers|sisters|"
            r"baby) (?:\w+ )?(?:by myself|on my own|alone) (?:all weekend|all night|for days|every night|overnight|all day)\b",
            r"\b(?:sleep|sleeps|slept|sleeping) in (?:my|our) coats?\b",
            r"\b(?:theres|there is) never (?:any|anything|enough)(?: food)? (?:\w+ )?(?:at home|to eat|in the house|"
            r"in the fridge)\b",
            r"\b(?:(?:home alone|on (?:my|our) own|nobodys? (?:been )?home) (?:\w+ ){0,4}(?:since|all weekend|for (?:two|three|"
            r"four|2|3|4) days|for days)|lock on the fridge|didnt have (?:any )?(?:dinner|tea|food) (?:yesterday|for)|"
            r"wasnt anything else|had one biscuit|with (?:blue )?mould on)\b",
            r"\b(?:out of the bins|from the bins|in the bins)\b(?! (?:lorry|men|man|truck|collection))",
            r"\b(?:nobody|no one|noone|never) (?:takes|took|take) me to (?:the )?(?:doctor|doctors|dentist|hospital)\b",
            r"\b(?:doesnt|dont|never|wont) (?:give|gives|make|makes|buy|buys|cook|cooks) (?:me|us) (?:any )?(?:food|dinner|"
            r"lunch|breakfast|tea|meals|packed lunch)\b",
            (
                r"\b(?:packed lunch|lunch money|lunchbox|dinner money)\b",
                r"\b(?:never have|dont have|never got|nothing|i never|empty)\b",
            ),
            r"\b(?:ketchup|crisps|sweets|dry bread|water|cereal) (?:\w+ ){0,2}for (?:dinner|tea|breakfast|lunch)\b",
            r"\b(?:no one|nobody|noone) (?:got|bought|gets|buys) me (?:another|a new|any|more)\b",
            r"\b(?:always cold|only have one (?:jumper|coat|pair|top|shirt))\b",
            r"\b(?:got cut off|been cut off|no electric|no electricity|no heating|no gas|cold and dark|freezing and dark)\b",
            r"\bnever any (?:milk|food|bread|dinner|breakfast|money for food)\b",
            r"\b(?:take|took|steal|stole|taking|stealing) (?:food|sandwiches|snacks) (?:from|out of)\b",
            r"\b(?:wont|doesnt|never|didnt|dont|wouldnt) (?:take|took) me to (?:the )?(?:doctor|doctors|dentist|hospital)\b|"
            r"\bnobody took me to (?:the )?(?:doctor|doctors|dentist|hospital)\b",
            r"\bnobody (?:changes|washes|cleans|fixes|buys|gets|helps|notices|feeds)\b",
            r"\b(?:from being|because im|cos im|becuz im|when im) (?:so |really |always )?(?:hungry|starving)\b",
            r"\b(?:dont|do not|doesnt) have (?:a|any) (?:coat|shoes|bed|beds|food|clean clothes|warm clothes|toothbrush)\b",
            r"\b(?:havent got|have not got|aint got|not got) (?:a|any) (?:coat|shoes|bed|food|clean clothes|warm clothes)\b"
            r"(?=.*\b(?:snow|snowing|cold|freezing|raining|rain|winter|hungry|nobody|no one|mum|dad|never|again)\b)",
            r"\b(?:arnt|arent|isnt|werent|wasnt|there are no|never any|not any) (?:any )?clean (?:ones|clothes|pants|socks|"
            r"uniform|school uniform|jumpers?)\b",
            r"\b(?:forgets|forgot|forget) (?:to feed me|to pick me up|im (?:even )?there|about me|to make (?:dinner|food|tea|"
            r"breakfast)|to give me)\b",
            (
                r"\b(?:bath|shower|wash|washed|washing)\b",
                r"\b(?:in|for) (?:weeks|ages|days|months|a month)\b",
                r"\b(?:havent|hasnt|not|never|no)\b",
            ),
            r"\b(?:sleep|sleeps|sleeping) on the floor\b",
            r"\b(?:leave|leaves|left) (?:me|us|me and my \w+) (?:\w+ ){0,3}in the car\b",
            r"\b(?:out of the bin|from the bin|from the bins)\b(?! (?:lorry|lorries|men|man|truck|collection))",
            r"\bcant be bothered (?:to )?(?:get|to get|buy|make|take|feed)\b",
            (
                r"\b(?:no ones there|nobody there|nobody is there|no one is there|nobodys there)\b",
                r"\b(?:wake up|morning|home|get myself|night|every)\b",
            ),
            r"\b(?:always|only ever|just) on (?:her|his|their) phone (?:\w+ ){0,4}(?:never|doesnt|dont|no)\b",
            r"\b(?:only|just) (?:get|have|eat) (?:a )?(?:hot |proper |real )?(?:meal|meals|food|dinner|lunch) at school\b",
            r"\bno (?:proper |hot |real )?(?:meal|meals|food|dinner) at home\b",
            r"\b(?:eat|ate|eating|find) (?:food )?(?:out of|from) the (?:bin|bins|rubbish)\b",
            r"\b(?:nothing|no food|not any food|isnt any food|no dinner|no breakfast|no tea|no lunch|never any|never enough|"
            r"not enough) (?:\w+ ){0,4}(?:at home|in the house|in our house|in my house|for days|again|all day|since|left|"
            r"in the fridge|in the cupboard|to eat)\b",
            r"\b(?:starving|hungry) (?:\w+ ){0,3}(?:always|every|all the time|at home|again|for days|nobody|no food|nothing)\b",
            r"\b(?:nobody|no one|noone) (?:\w+ ){0,2}(?:looks after|takes care of|cares for|feeds|washes|puts me to bed|"
            r"gets me up|wakes me up|takes me to school|comes home|is home|makes me)\b",
            r"\b(?:left|leave|leaves|stay|stayed|stays|am|im|was|be) (?:\w+ ){0,2}(?:alone|on my own|by myself|home alone|"
            r"on our own) (?:\w+ ){0,3}(?:all night|overnight|at night|every night|for days|all weekend|all day|again|lots|"
            r"a lot|every day|till late|until late|when its dark|for ages|for hours|a long time)\b",
            r"\b(?:mum|dad|parents|mummy|daddy|nan|grandma) (?:\w+ ){0,2}(?:hasnt|havent|didnt|never|not) (?:come|came|been|"
            r"coming) (?:back|home)\b",
            r"\b(?:im|i am|i was|i got) (?:really |very |so )?(?:sick|ill|poorly|hurt) (?:\w+ ){0,3}(?:nobody|no one|"
            r"noone) (?:\w+ ){0,2}(?:care|cares|cared|help|helps|helped|took me|take me|noticed)\b",
            r"\b(?:smell|smelly|dirty|stink) (?:\w+ ){0,4}(?:no (?:bath|shower|wash|clean)|nobody washes|havent washed|"
            r"no clean)\b",
            r"\b(?:dont have|havent got|have no|got no|no) (?:any )?(?:clean|warm|proper) (?:clothes|ones|uniform|socks|shoes)\b",
            r"\b(?:clothes|uniform|shoes) (?:\w+ ){0,2}(?:are|is) (?:always )?(?:dirty|too small|smelly|wet|falling apart|"
            r"got holes)\b(?! (?:\w+ ){0,2}(?:because|as) (?:i|im) (?:\w+ )?(?:grew|grown|growing|got (?:so |too )?big))",
            r"\b(?:theres|there is|there isnt|we have) (?:nothing else|nothing to eat|no food|not enough food|only bread|"
            r"just bread|only crisps)\b",
            r"\b(?:only|just) (?:have|got|get|eat) (?:bread|crisps|dry cereal|sweets|biscuits|ketchup)\b",
            r"\b(?:for (?:breakfast|dinner|tea|lunch) every day|breakfast lunch and tea|cos thats all there is|"
            r"because thats all there is|thats all there is)\b",
            r"\b(?:look after|looking after|take care of|feed|make food for|cook for) my (?:little |baby |big )?(?:sister|"
            r"sisters|brother|brothers|siblings) (?:\w+ ){0,3}(?:because|cos|when|while|mum|dad|nobody|always)\b",
            r"\b(?:mum|dad|parents|nan|grandma) (?:\w+ ){0,2}(?:always out|never home|out all night|goes out at night|"
            r"went out and|stays out|just drinks|drinks and sleeps|asleep all day|sleeps all day|in bed all day|"
            r"doesnt look after|dont look after|wont look after|doesnt care for)\b",
            r"\b(?:nobody|no one|noone) (?:\w+ )?(?:gives me a bath|baths me|washes my|helps me wash|brushes my|helps me|"
            r"cooks|makes dinner|makes tea|makes breakfast|picks me up|buys food|bought (?:any )?food)\b",
            r"\b(?:havent|not|never) (?:had a (?:wash|bath|shower)|been washed|washed) (?:in|for) (?:ages|days|weeks|"
            r"a long time)\b",
            r"\b(?:rubbish everywhere|(?:mice|rats) (?:everywhere|in (?:our|my|the) (?:house|flat|kitchen|room))|mouldy|"
            r"no heating|no electricity|no hot water|cold all the time|"
            r"freezing at home|house is (?:really )?dirty|house is (?:really )?smelly)\b",
            r"\b(?:lunchbox|fridge|cupboard|cupboards) (?:is|are) (?:always )?(?:empty|bare)\b",
            r"\b(?:only|just) (?:get|have|eat) (?:food|dinner|lunch|a meal) at school\b",
            r"\b(?:too drunk|always drunk|drunk all the time|drinks all day|drinks too much|takes drugs|"
            r"takes her medicine that makes her sleepy|takes his medicine that makes him sleepy)\b",
            (
                r"\b(?:im|i am) (?:\d|one|two|three|four|five|six|seven|eight)\b",
                r"\b(?:went out|gone out|left me|alone|on my own|by myself|nobody (?:is )?(?:here|home))\b",
            ),
            (
                r"\b(?:mum|mummy|dad|daddy|parents|nan|grandma|everyone) (?:\w+ )?(?:went out|has gone out|is out|left|gone)\b",
                r"\b(?:dark|night|all night|whole night|all day|since|hours|not back|isnt back|hasnt come back|locked)\b",
            ),
            r"\b(?:locks|locked|lock) (?:us|me) in (?:the )?(?:flat|house|room|home)\b",
            r"\b(?:no|never any|never enough|not any|isnt any|isnt enough|not enough|nothing|never) (?:\w+ )?(?:food|dinner|"
            r"breakfast|lunch|tea|to eat|meals)\b(?! (?:time|party))",
            r"\b(?:always|so|really|very|still) hungry (?:\w+ ){0,3}(?:because|all the time|every|no|nobody|never|since|at home)",
            r"\bhungry all the time\b",
            r"\balways hungry\b",
            r"\b(?:havent|have not|didnt|did not|not) (?:eaten|ate|had (?:any |a )?(?:food|dinner|breakfast|lunch|tea|"
            r"anything|meal)) (?:\w+ ){0,2}(?:since|for|all|in|yesterday|days|today)\b",
            r"\bnobody (?:\w+ )?(?:makes|made|gives|gave|cooks|cooked|feeds|fed|buys|bought) (?:me|us) (?:any )?(?:food|"
            r"dinner|breakfast|lunch|tea|anything|meals)\b",
            r"\b(?:left|leave|leaves|leaving) (?:me|us) (?:\w+ ){0,2}(?:alone|on my own|on our own|by myself|by ourselves) "
            r"(?:\w+ ){0,2}(?:all|for|at night|overnight|every|again|till|until|days|nights|lots|a lot|weekend)\b",
            r"\b(?:mum|dad|parents|nobody) (?:\w+ )?(?:didnt|never|dont|doesnt|hasnt|havent|hasnt been) (?:come|"
            r"came|been) home\b",
            r"\bnobody (?:\w+ )?(?:looks after|takes care of|cares for|looking after|looked after|feeds|washes) (?:me|us)\b",
            r"\bno (?:clean|warm) clothes\b",
            r"\b(?:shoes|clothes|coat|socks) (?:have|has|got) holes\b",
            r"\bsupposed to look after (?:me|us) but\b",
            r"\b(?:he|she|they) (?:just |only |always )?(?:drinks and sleeps|sleeps all day|drinks all day|drink all day)\b",
            r"\bno (?:bed|heating|water|electric|electricity) (?:at home|in my house)\b",
            r"\b(?:mum|dad|parents|step dad) (?:\w+ )?(?:is|are|was|were|gets|get) (?:always |too |so |really )?(?:drunk|"
            r"asleep all day|passed out|on drugs)\b",
            r"\bnobody (?:is|was) (?:\w+ )?home (?:for|all|since|at night|again)\b",
            r"\b(?:find|get|make) my own (?:food|dinner|breakfast|tea)\b",
            r"\beat (?:out of|from) the bin\b",
            (
                r"\b(?:nits|lice|sores|rash|toothache|tooth ache|sick|ill|poorly)\b",
                r"\b(?:no one|nobody) (?:does|did|will|cares|takes me|helps)\b",
            ),
            (
                r"\b(?:hungry|thirsty|starving|no food|no water)\b",
                r"\b(?:nobody here|no one here|nobody home|no one home|nobodys here|nobodys home|on my own|by myself)\b",
            ),
            (
                r"\btoo (?:sleepy|tired|drunk|ill|sad) (?:\w+ ){0,3}to (?:get up|wake up|look after|make|cook|take me)\b",
                r"\b(?:mum|dad|mums|dads|parents)\b",
            ),
            r"\b(?:hasnt|havent|hadnt) been washed\b",
            r"\b(?:nobodys|nobody has|no one has|no ones|no grownups have) been (?:home|here|"
            r"back) (?:\w+ ){0,2}(?:all weekend|all night|for (?:\w+ )?days|since)\b",
            r"\b(?:poo|wee|rubbish|mould|mold) (?:\w+ ){0,2}all over (?:the|our) (?:floor|house|flat)\b",
            r"\b(?:wont|dont|never) (?:buy|get) me (?:a )?(?:coat|shoes|clothes|jumper)\b",
            r"\b(?:dont have|never have|havent got|we have no|theres no) (?:any )?(?:toilet roll|soap|hot water|"
            r"heating|clean clothes)\b",
            r"\b(?:just a mattress|dont have a bed|no bed to sleep|bed is (?:always )?(?:wet|soaked|dirty))\b",
            r"\b(?:go|goes|went|going) out (?:\w+ ){0,3}(?:and|but) (?:leave|leaves|left) (?:me|us)\b",
            (
                r"\b(?:mum|dad|parents) (?:is|are) always (?:asleep|in bed|drunk)\b",
                r"\bi (?:have to|has to|got to|need to) (?:feed|look after|change|make)\b",
            ),
            (
                r"\bneedles? (?:on|in|under) (?:the|our) (?:table|floor|sofa|kitchen|bathroom|bed|carpet)\b",
                r"^(?!.*\b(?:sewing|knitting|pine|christmas tree|cactus|hedgehog|porcupine|doctor|nurse)\b)",
            ),
            r"\bhavent (?:had|been given) (?:a )?(?:bath|shower|wash) (?:in|for) (?:like )?(?:a week|weeks|ages|a month|months|"
            r"\w+ weeks)\b",
            (
                r"\bwearing the same (?:pants|clothes|socks|knickers|uniform|top|jumper) (?:for|all) (?:a )?(?:week|weeks|days|"
                r"ages|\w+ days|\w+ weeks)\b",
                r"^(?!.*\b(?:lucky|won|winning|because i love|favourite)\b)",
            ),
            r"\b(?:padlocked|locked) the (?:fridge|food)\b",
        ),
        (
            "I'm sorry, that sounds really hard. Every child should have enough food and someone to look after them, "
            "and it is not your fault. Please tell a grown-up you trust, like a teacher at school or someone in your "
            "family, so they can help.",
        ),
        unless=r"\b(?:jk|just kidding|only joking|im (?:just |only )?joking|"  # the child's own joke, not "he says its a joke"
        r"game|minecraft|roblox|story|film|pretend|diet|fasting|ramadan|fast|yet|still cooking|big shop|"
        r"buying new|new ones|going shopping|tamagotchi|as a treat|for a treat|treat day|pyjama day|(?:cat|dog|puppy|kitten|"
        r"hamster|rabbit|guinea pig|tortoise|baby) (?:\w+ ){0,6}sleeps all day|hungry (?:again )?(?:so )?(?:quickly|"
        r"soon|fast) after (?:i|we) (?:eat|ate|have|had))\b",
        helpline=True,
    ),
    Category(
        "danger",
        SERIOUS,
        (
            r"\bcarbon monoxide\b(?=.*\b(?:beeping|going off|wont stop|dizzy|sick|headache|sleepy|passed out|fainted)\b)",
            r"\b(?:river|flood|floodwater|flood water|the water|sea) (?:\w+ ){0,2}(?:came|comes|is coming|coming|got|is getting|"
            r"getting) (?:into|in to|inside) (?:our|my|the) (?:house|home|flat|kitchen|living room|downstairs|bedroom)\b|"
            r"\bwater is (?:getting|coming) (?:higher|up the stairs)\b",
            r"\b(?:on the floor|fell over|fell down|collapsed) (?:\w+ ){0,5}(?:blood|foam|shaking|not moving|not talking|not "
            r"breathing|wont wake)\b",
            r"\b(?:not talking or moving|not moving or talking|not breathing)\b",
            r"\b(?:smells like (?:eggs|gas)|gas (?:\w+ ){0,4}not lit)\b",
            r"\b(?:stuck in (?:the|a) lift (?:and|its|it is|for ages)|under the water (?:\w+ ){0,4}not coming up|"
            r"on the ice (?:\w+ ){0,6}cracked|fight (?:\w+ )?"
            r"with knives|(?:dog|dogs) (?:is |are )?(?:biting|attacking) (?:me|my|us))\b",
            r"\b(?:lighting|lit|light) (?:a |one |the )?(?:firework|fireworks)s? in (?:his|her|my) hand\b",
            r"\b(?:have|has|had|got) (?:a )?(?:knife|knives|gun) and (?:told|said|want|wanted)\b",
            r"\b(?:in a van|in a car) (?:\w+ ){0,6}(?:asking if|asked if|offered) (?:we|i|me) (?:\w+ ){0,2}(?:lift|"
            r"sweets|ride)\b",
            r"\b(?:kitchen|house|room|flat|bedroom|hall|stairs) is (?:full of|filling with) smoke\b",
            r"\b(?:theres|there is|i have|ive got|i got|he has|she has|he brought|someone has) "
            r"(?:a |his |her |my dads |my mums )?"
            r"(?:knife|gun|blade|machete) in (?:my|his|her|the) (?:bag|school bag|pocket|coat|locker|tray)\b",
            r"\b(?:knife|gun|blade|machete) in (?:my (?:brothers|sisters|cousins)|his|her|their) (?:school )?(?:bag|pocket|"
            r"locker|coat)\b",
            (
                r"\b(?:isnt|not|wont|cant|doesnt) (?:waking|wake|wakes) up\b",
                r"\b(?:fell|fall|floor|nan|grandma|grandad|mum|dad|baby|brother|sister)\b",
                r"^(?!.*\b(?:sleepy|lazy|weekend|saturday|sunday|lie in|alarm|early|school)\b)",
            ),
            r"\b(?:touched|touch|grabbed|held) (?:a|the) (?:bare |loose )?wire (?:\w+ ){0,8}(?:tingly|numb|shock|buzz|hurt|"
            r"burnt|burned)\b",
            r"\b(?:face down in (?:the )?(?:bath|water|pool|pond)|foam (?:coming )?out (?:of )?(?:his|her|their) mouth|eyes "
            r"(?:are |were )?rolling|shaking all over|(?:is|was) fitting|chest hurts (?:\w+ ){0,4}(?:fell|fall)|"
            r"wont stop bleeding|water (?:\w+ ){0,4}coming in)\b",
            r"\b(?:curtain|curtains|carpet|sofa|bed|tree|hair|bin|kitchen|house) (?:\w+ )?(?:is|are) (?:burning|on fire|"
            r"smoking)\b",
            r"\b(?:hot water|boiling water|kettle|hot tea|hot oil|pan) (?:\w+ ){0,4}(?:on her|on him|on me|all over|burnt|"
            r"burned|scalded|on the baby)\b",
            r"\b(?:going purple|turning purple|going blue|turning blue|stuck in the railings|head stuck)\b",
            r"\b(?:man|someone|person|people|stranger|lady) with a (?:knife|gun|axe|bat|machete)\b",
            (
                r"\b(?:man|men|boy|boys|kids|someone|somebody|people|stranger|teenager|teenagers|gang) (?:\w+ ){0,2}"
                r"(?:have|has|had|got|carrying|carries|waving|pulled out) (?:a |an |big |their |his )?(?:knife|knives|gun|guns|"
                r"machete|machetes|blade)\b",
                r"^(?!.*\b(?:game|games|fortnite|minecraft|roblox|film|movie|story|book|nerf|toy|toys|water|pretend|cartoon|"
                r"lego|cooking|chef|play|playing|dressed up|costume)\b)",
            ),
            r"\bthroat (?:is )?(?:going |feels )?(?:tight|closing|swelling|swollen|funny)\b",
            r"\bcant wake (?:her|him|them|mum|dad|nan|nana|grandma|grandad) ?(?:up)?\b",
            r"\b(?:car|pram|buggy|van) (?:\w+ )?(?:is )?rolling\b",
            (r"\bchoking\b", r"\b(?:cousin|brother|sister|baby|friend|mum|dad|nan|he|she|i|im)\b"),
            r"\b(?:sparking|sparks coming|lights are sparking|water (?:\w+ ){0,3}(?:lights|socket|plug))\b",
            (
                r"\b(?:nana|nanny|granny|gran|grandpa|papa|grandad|grandma|nan|mum|dad)\b",
                r"\b(?:collapsed|not getting up|wont get up|cant get up|fell down and|fainted)\b",
            ),
            r"\b(?:up|in) my (?:nose|ear|ears) (?:\w+ ){0,4}(?:stuck|wont come out|cant get it out|hurts)\b",
            r"\b(?:smell|smells|smelling|smelled) (?:\w+ ){0,2}(?:gas|burning|smoke)\b|\bgas smell\b|\bsmell of gas\b",
            (
                r"\b(?:not moving|isnt moving|wont move|cant move|not waking|wont wake|not breathing)\b",
                r"\b(?:he|she|they|mum|dad|friend|brother|sister|baby|nan|grandma|grandad|his|her)\b",
            ),
            r"\b(?:blood everywhere|lots of blood|loads of blood|so much blood|bleeding (?:\w+ ){0,2}(?:bad|lot|loads))\b",
            (
                r"\b(?:cant get out|stuck in|trapped in|locked in|shut (?:himself|herself|myself) in)\b",
                r"\b(?:car|fridge|freezer|bathroom|shed|cupboard|washing machine|dryer)\b",
            ),
            (
                r"\b(?:toaster|socket|plug|microwave|heater)\b",
                r"\b(?:went bang|bang|sparks|sparked|exploded|fire|flames|burning)\b",
            ),
            r"\b(?:bent the wrong way)\b",
            r"\b(?:allergic|allergy) (?:\w+ ){0,8}(?:swell|swelling|swollen|cant breathe|rash|lips|throat)\b",
            r"\b(?:cant stop coughing|cant breathe|hard to breathe|struggling to breathe|cant catch (?:my|his|her) breath)\b",
            r"\b(?:smells like burning|smell of burning|burning smell|smells of burning)\b",
            r"\b(?:face is droopy|talking funny|slurring|droopy on one side|face has gone funny|cant talk properly)\b",
            (
                r"\b(?:roof|tree|ledge|cliff|scaffolding|ice)\b",
                r"\b(?:cracking|going to fall|cant get down|stuck up|slipping|fell through)\b",
            ),
            r"\b(?:twice by mistake|too many (?:tablets|pills)|took (?:\w+ ){0,2}(?:tablets|pills) (?:\w+ ){0,4}(?:sleepy|"
            r"confused|wont wake|not waking))\b",
            (
                r"\b(?:socket|plug|wire|wires|cable)\b",
                r"\b(?:finger|fingers|fork|hand|knife|key|pen|pencil)\b",
                r"\b(?:buzzed|tingled|hurt|zapped|sparked|shock|burnt|burned|crying)\b",
            ),
            r"\b(?:wont|will not|cant|cannot|isnt|is not) (?:\w+ )?(?:wake up|get up|breathe|breathing|move|moving|talk|"
            r"talking)\b(?! (?:early|in the morning|for school))",
            r"\b(?:fell|fallen|slipped) (?:\w+ ){0,2}(?:in|into) the (?:pond|river|lake|pool|canal|sea|water)\b",
            (
                r"\b(?:mum|dad|nan|grandma|grandad|grandpa|baby|brother|sister|he|she|friend|someone|man|lady)\b",
                r"\b(?:collapsed|passed out|fainted|unconscious|not breathing|turned blue|going blue|choking)\b",
            ),
            (
                r"\b(?:fire|flames|smoke|smoking|burning|sparks|spark)\b",
                r"\b(?:house|kitchen|room|bedroom|flat|home|upstairs|downstairs|carpet|curtains|sofa|couch|bed|pan|oven|"
                r"toaster|plug|socket|wall|garage|bin|stairs|hallway|door)\b",
                r"\b(?:theres|there is|its|it is|on fire|coming|started|caught|now|help|everywhere|spreading|big)\b",
            ),
            r"\b(?:electric|electricity|wire|wires|socket|plug) (?:\w+ ){0,3}(?:hurt me|shocked me|zapped me|burnt me|"
            r"burned me|gave me a shock)\b",
            (
                r"\b(?:swallowed|swallow|drank|drunk|ate|eaten|bit|bitten|sprayed|sniffed|licked|sucked|chewed|put)\b",
                r"\b(?:battery|batteries|button battery|vitamins|liquid|bottle|spray|powder|spirit|white spirit|calpol|"
                r"perfume|toilet|cleaner|cleans|bleach|dishwasher|tablet|tablets|pills|pill|medicine|magnet|magnets|coin|"
                r"marble|glue|paint|shampoo|soap|nail varnish|vape|lighter fluid|petrol|weedkiller|rat poison|slug pellets|"
                r"fly spray|stuff|whole bottle|dads bag|mums bag|cigarette|beads)\b",
                r"\b(?:i|he|she|my|we|baby|brother|sister)\b",
            ),
            r"\b(?:is|are|was|were|caught|set|now) on fire\b",
            r"\b(?:now theres|now there is) (?:a )?fire\b",
            r"\b(?:theres|there is) a fire (?:in|on|at) (?:my|our|the) (?:house|room|bedroom|kitchen|flat|bed|stairs)\b",
            r"\b(?:theres|there is|theres loads of|loads of|lots of|black|thick) (?:\w+ )?smoke\b",
            r"\bsmoke (?:is )?(?:coming|pouring|everywhere|upstairs|downstairs|in the)\b",
            r"\b(?:sparks|spark|fizzing|fizzes|crackling|burning smell|smells of burning|black mark) (?:\w+ ){0,4}(?:plug|"
            r"socket|wall|toaster|wire|wires|cable|charger|noise)\b",
            r"\b(?:plug|socket|toaster|charger|wire|wires|cable|tv|telly|laptop) (?:\w+ ){0,3}(?:sparks|sparking|fizzing|"
            r"smoking|on fire|melting|burning)\b",
            r"\b(?:smoke alarm|fire alarm) (?:is )?(?:beeping|going off|ringing)\b",
            (
                r"\b(?:socket|plug|wires?)\b",
                r"\b(?:crying|screaming|hurt|wont move|not moving|fell|black)\b",
                r"\b(?:put|stuck|poked|touched)\b",
            ),
            r"\b(?:i|we|he|she|they|my (?:\w+ )?(?:brother|sister|friend|cousin|baby)|the baby) (?:\w+ ){0,2}(?:ate|eaten|"
            r"swallowed|drank|drunk|took|taken|licked|had|sniffed) (?:\w+ ){0,4}(?:pill|pills|tablet|tablets|medicine|"
            r"medicines|capsules|bleach|cleaning|washing|dishwasher|detergent|pod|pods|poison|berries|mushrooms|toadstools|"
            r"stuff under the sink|paint|battery|batteries|magnet|magnets|vape|cigarette|cigarettes|alcohol|wine|beer|vodka|"
            r"drugs|glue|perfume|antifreeze|weedkiller)\b",
            r"\b(?:fire|smoke|flames) (?:\w+ )?(?:in|on|coming from|from) (?:the|my|our) (?:house|kitchen|room|bedroom|flat|"
            r"carpet|sofa|couch|curtains|oven|toaster|stairs|garage|bin|floor|bed)\b",
            r"\b(?:house|kitchen|room|bedroom|flat|carpet|curtains|sofa|couch|bin|bed|oven|toaster|hair|tree|garage) "
            r"(?:\w+ )?(?:is|are|was|has|just|caught) (?:on fire|burning|smoking|caught fire|fire)\b",
            r"\b(?:i|we) (?:smell|can smell|smelled) (?:gas|smoke|burning)\b",
            r"\b(?:i|we|he|she) (?:set|started|lit) (?:a |the )?(?:\w+ )?(?:fire|on fire|alight)\b",
            r"\bcaught fire\b",
            (
                r"\b(?:touched|touch|stuck|put|poked|licked|bit) (?:\w+ ){0,3}(?:socket|plug|wire|wires|cable|fence)\b",
                r"\b(?:hurt|hurts|shock|shocked|zap|zapped|sparks|spark|tingle|buzz|burnt|burned|fizz|bang)\b",
            ),
            r"\b(?:got|get|had) (?:a |an )?(?:electric |electrical )shock\b|\b(?:got|get|had) (?:a |an )?shock (?:from|off|"
            r"when i touched) (?:the |a )?(?:socket|plug|wire|wires|fence|toaster|charger|light|switch|cable|kettle)\b",
            r"\bbleeding (?:a lot|loads|everywhere|wont stop|and wont stop|really bad)\b",
            r"\b(?:i|we) (?:found|have|got|picked up) (?:\w+ ){0,3}(?:gun|needle|needles|syringe|bullets)\b",
            r"\b(?:i|we) (?:found|have|got) (?:\w+ ){0,3}(?:pills|tablets|lighter|matches) (?:\w+ ){0,4}(?:eat|eating|ate|"
            r"light|lit|swallow|play|playing)\b",
            r"\b(?:cant|can not) (?:breathe|wake (?:her|him|mum|dad|them) up)\b",
            r"\b(?:mum|dad|nan|grandma|grandad|baby|brother|sister) (?:\w+ )?(?:wont|will not|isnt|is not) (?:wake|waking|"
            r"breathing|moving)\b",
            r"\b(?:fell|fallen) (?:\w+ ){0,3}(?:and )?(?:cant move|hit (?:his|her|my) head|is not moving|isnt moving)\b",
            (
                r"\b(?:mum|dad|brother|sister|nan|nanny|grandad|grandma|gran|grandpa|baby|friend|he|she|auntie|uncle)\b",
                r"\b(?:had a fit|having a fit|seizure|fainted|passed out|collapsed|all shaky|swelling up|"
                r"chest hurts|cant breathe|isnt breathing|wont wake up|couldnt get up|cant get up|wont get up)\b",
            ),
            r"\b(?:someone|somebody|a man|he|my dad|dad|step dad|my step dad|mums boyfriend) (?:is|keeps|is still) (?:hitting|"
            r"hurting|kicking|punching|attacking|strangling|choking|stabbing) (?:my )?(?:mum|dad|sister|brother|nan|grandma|"
            r"baby)\b",
            (
                r"\b(?:man|men|someone|somebody|person|people|stranger|lady|boys|gang) (?:\w+ ){1,2}with (?:a|an) "
                r"(?:knife|gun|axe|machete)\b",
                NOT_PRETEND,
            ),
            r"\b(?:trying to break in|breaking in|broke in|burglars?|robbers?) (?:\w+ ){0,4}(?:right now|downstairs|our house|"
            r"our flat|the back door|the front door|our door|the window)\b",
            r"\b(?:curtain|curtains|carpet|sofa|bed|kitchen|house|flat|bedroom) (?:has |have )?(?:caught|catching) fire\b|"
            r"\bset fire to (?:the|our|my) (?:curtain|curtains|carpet|sofa|bed|house|kitchen|room|bedroom|flat)\b",
            (r"\b(?:has been|have been|got|just got|is|was) (?:stabbed|stabed)\b", NOT_PRETEND),
            (
                r"\blying (?:there|on the (?:floor|ground|road|pavement)) (?:\w+ ){0,2}not moving\b",
                rf"^(?!.*\b(?:{PETS}|lazy|sleeping|asleep|snoring)\b)",
                NOT_PRETEND,
            ),
            (
                r"\b(?:all floppy|gone floppy|went floppy)\b",
                r"\b(?:bath|water|pool|breathing|wont wake|not moving)\b",
                r"\b(?:baby|brother|sister|cousin|friend|mum|dad|nan|grandad|grandma|he|she|hes|shes)\b",
            ),
            r"\bpower lines? (?:has |have )?(?:come|came|fallen|fell) down\b",
            r"\bflood ?waters? (?:is |are )?(?:coming|came|getting) in(?:to|side)? (?:the|our) (?:house|home|flat)\b",
        ),
        (
            "That could be really dangerous. Please tell a grown-up right now, even if you are worried about getting "
            "into trouble. If there is smoke or fire, get out and shout for help.",
        ),
        unless=r"\b(?:game|minecraft|roblox|fortnite|story|film|movie|book|pretend|cartoon|dream|in science|campfire with|"
        r"mouth (?:is|was) on fire|curry|spicy|chilli|chili|(?:she|he|they) (?:was|were|is) fine|is better now|new baby|"
        r"operation and|from laughing|laughing so much|tickl\w+|feeling better|from the (?:doctor|doctors|chemist|pharmacy|"
        r"nurse)|(?:doctor|nurse) (?:gave|said|prescribed)|prescribed|(?:he|she|they|dad|mum|grandad|nan|grandma|"
        r"firefighters?) put (?:the lid on|a lid on|it out|the fire out|out the fire|a fire blanket on)\b"
        r"(?!.*\b(?:again|still|spreading|everywhere|cant|help|threw|throws|at me|hit|hurt|burned|burnt)\b)|"
        r"(?:tooth|teeth) (?:\w+ ){0,2}(?:bleeding|bled|bleeds)\b"
        r"(?!.*\b(?:wont stop|doesnt stop|cant stop|hit|hits|punched|knocked|kicked)\b))\b",
    ),
    Category(
        "lost",
        SERIOUS,
        (
            r"\b(?:cant|cannot|couldnt) find (?:our|my) (?:tent|car|house|mum|dad|nan|babysitter|teacher|group|class|family) "
            r"(?:\w+ ){0,6}(?:dark|night|scared|alone|crying)\b",
            r"\b(?:babysitter|childminder|mum|dad|nan|teacher|grownup) (?:has|have) (?:gone|walked off|disappeared) "
            r"(?:somewhere|off|away)\b(?! (?:for|on|to) )",
            r"\b(?:left behind|got left(?! out)|been left(?! out)|forgot about me)\b",
            r"\bcant find the (?:path|way|car|tent|house|hotel|exit|road) (?:back|home|out)?\b",
            r"\b(?:im |we are |were |got |am )?lost (?:at|in|on) the (?:\w+ )?(?:station|train station|shop|shops|park|beach|"
            r"airport|mall|supermarket|fair|zoo|woods|market|city|hill|mountain|festival|museum|forest)\b",
            r"\bdont know where (?:my |our )?(?:\w+ )?(?:mum|dad|nan|nana|grandma|parents|family|teacher|tent|car|house|hotel|"
            r"caravan) (?:is|are|went)\b",
            (
                r"\b(?:never came back|didnt come back|hasnt come back|not come back)\b",
                r"\b(?:mum|dad|babysitter|nan|nana|grandma|she|he|they)\b",
            ),
            r"\bcant find (?:my )?(?:nana|nanny|granny|gran|grandpa|papa|abuela|aunty|auntie)\b",
            r"\b(?:dont know (?:how to get (?:home|back)|the way (?:home|back)|this street|this place|where i am)|"
            r"all the (?:trees|streets|houses) look the same|where am i)\b",
            (
                r"\b(?:got|get|gone) (?:on|off) the (?:train|bus) without me\b|\bwithout me\b",
                r"^(?!.*\b(?:went|go|goes|going|gone) (?:to |on )?(?:a |the )?(?:camp|party|sleepover|cinema|bowling|holiday|"
                r"school trip|disneyland|brownies|cubs|scouts|swimming|football|a friends house) without me\b"
                r"(?!.*\b(?:left me|home alone|on my own|by myself|with nobody|nobody|no one|alone)\b))",
            ),
            (r"\bcant find (?:her|him|them)\b", r"\b(?:mum|dad|nan|grandma|grandad|parents|she|he|they)\b"),
            r"\b(?:was|were) here and now (?:\w+ ){0,2}(?:gone|not here|disappeared)\b",
            r"\b(?:went|left|drove off|drove away) without me\b",
            r"\b(?:we|i) (?:got|are|were|am|im) lost\b",
            r"\b(?:cant|cannot|couldnt|can not) find (?:my )?(?:auntie|aunt|uncle|cousin|childminder|minder|carer|big sister|"
            r"big brother|mummy|daddy)\b",
            (
                r"\b(?:lost|cant find|cannot find|cant see|couldnt find|dont know where|where is|where are|wheres)\b",
                r"\b(?:mum|dad|nan|nanny|grandma|grandad|parents|family|teacher|class|group|grownup|carer|everyone|brother|"
                r"sister|minder|childminder)\b",
                r"\b(?:im|i am|i|me|my)\b",
                r"\b(?:shop|shops|supermarket|park|beach|fair|zoo|mall|shopping centre|station|street|road|crowd|festival|"
                r"museum|playground|cinema|airport|trip|market|town|city|woods|forest|gone|anywhere|scared|alone|help|"
                r"dont know)\b",
            ),
            r"\b(?:mum|dad|nan|grandma|grandad|teacher|class|family|everyone|parents) (?:\w+ ){0,2}(?:drove away|drove off|"
            r"went away|forgot me|left me|left without|is not here|isnt here|arent here)\b",
            r"\b(?:cant|can not|couldnt) (?:see|find) (?:my )?(?:\w+ )?(?:mum|dad|nan|nanny|grandma|grandad|parents|family|"
            r"teacher|class|anyone|anybody|grownup)(?: anywhere)?\b",
            r"\b(?:family|mum|dad|nan|grandma|parents|class|teacher|everyone) (?:\w+ )?(?:(?:is gone|are gone|was gone|has gone|"
            r"have gone)(?! (?:on|to|for|out|shopping|away for)\b)|wasnt there|isnt there|werent there|disappeared|"
            r"left without me)\b",
            r"\b(?:wrong stop|wrong bus|wrong train|wandered off|got separated|got seperated|separated from|seperated from|"
            r"dont know (?:what|which) (?:street|road|way)|dont know where (?:i am|im|she went|he went|they went|to go)|"
            r"dont know the way)\b",
            r"\b(?:didnt|hasnt|havent|never) (?:pick|picked|come to pick|collect|collected|come to get|came to get) me\b",
            r"\b(?:im|we are|were|got|get|getting|i got|i think im) (?:\w+ )?lost\b(?! (?:my|a|the|his|her|it|"
            r"in (?:a|the) (?:game|book|story)))",
            r"\b(?:cant|can not|couldnt) find (?:my )?(?:mum|dad|parents|grownup|teacher|nan|nanny|grandma|grandad|"
            r"family|way home|way back|sister|brother|class|group)\b",
            r"\blost (?:my )?(?:mum|dad|parents|grownup|nan|grandma|family)\b",
            r"\b(?:mum|dad|parents|nan|grandma) (?:\w+ )?(?:left me|drove off|went without me|forgot me|forgot to pick me)",
            r"\bnobody (?:came|has come|is coming) to (?:pick me up|get me|collect me)\b",
            r"\b(?:dont|never|didnt) get picked up\b|\bnobody picks me up\b",
        ),
        (
            "Stay where you are, and stay calm: you are doing really well. Ask someone who works there, a police "
            "officer, or a grown-up with children to help you find your grown-up. Don't go off with a stranger.",
        ),
        unless=r"\b(?:jk|just kidding|only joking|im (?:just |only )?joking|"  # the child's own joke, not "he says its a joke"
        r"game|minecraft|roblox|story|book|film|movie|show|space|pretend|maze|toy|lost its|lost the|how many|"
        r"found (?:the|our) way|(?:mum|dad|they|he|she|we) found (?:me|us|them|her|him)|(?:and|then|i|we) found (?:my )?"
        r"(?:mum|dad|nan|grandma|grandad|parents|family|class|teacher|group) (?:again|quick|quickly|straight away|really "
        r"quick|after)|satnav|sat nav|google maps|the map|"
        r"lost my (?:tooth|teddy|toy|ball|game|shoe|book|hat|coat|pencil|homework|place)|(?:dog|cat|pet|hamster|puppy) "
        r"got lost|(?:nobody|no one|not|never|didnt) (?:\w+ )?(?:got|get|getting) lost|orienteering|treasure hunt|"
        r"scavenger hunt|we (?:learned|learnt) (?:that )?(?:you|i) (?:find|ask|look for|stay|go|wait)|(?:could|can) (?:still )?"
        r"see (?:\w+ ){1,3}(?:the whole time|all the time|all along))\b",
    ),
    Category(
        "alone_or_stranger",
        SERIOUS,
        (
            r"\b(?:man|men|lady|woman|stranger|strangers|someone|somebody|person|guy|people|teenager|teenagers) (?:\w+ ){0,3}"
            r"(?:tried|try|tries|trying) to (?:grab|take|pull|drag|get|put|push|carry|lift|snatch) (?:me|us)\b(?! to )",
            (
                r"\b(?:get|got|pull|pulled|put|drag|dragged|push|pushed|tried to get) (?:me|us) (?:in|into) (?:his|her|their|a|"
                r"the) (?:car|van|truck|lorry)\b",
                r"\b(?:man|lady|woman|stranger|someone|somebody|person|guy|people)\b",
            ),
            r"\b(?:never seen (?:her|him|them) before|outside my window|through the letterbox|(?:driving|drove|drives) (?:really "
            r")?slowly next to me|grabbed my arm (?:\w+ ){0,4}(?:let go|pulled))\b",
            r"\b(?:slowing down|slowed down|pulled up|keeps stopping) next to me\b",
            r"\b(?:a man|a stranger|someone|a lady|a person) (?:was|is|keeps) following me\b",
            (
                r"\b(?:not back|isnt back|hasnt come back|havent come back|still not back|not home yet|been ages)\b",
                r"\b(?:dark|ages|hours|night|alone|scared|knock|knocking|door|doorbell|shouting)\b",
            ),
            r"\b(?:door handle|trying the door|at the back door|trying to get in|trying the window)\b",
            (
                r"\b(?:go|come|follow|walk|went) with (?:him|her|them)\b",
                r"\b(?:man|lady|woman|stranger|puppy|back|van|car|sweets|money|round the back|dont know)\b",
            ),
            r"\b(?:walking behind me|stops when i stop|keeps following|was following|been following)\b",
            (
                r"\b(?:get in|come with me|come with him|come with her|follow him|follow her|back room with)\b",
                r"\b(?:man|lady|woman|van|car|stranger|said|asked|shop)\b",
            ),
            (
                r"\b(?:asked|asking|asks|keeps asking) (?:me )?(?:for )?(?:my name|where i live|my address)\b",
                r"\b(?:dont know|stranger|man|lady|woman|walking)\b",
            ),
            (r"\b(?:earn|make) (?:some )?money\b", r"\b(?:follow|come with|man|stranger|lady)\b"),
            r"\b(?:slowed down|pulled up|stopped) next to me\b",
            r"\bgrabbed my (?:arm|hand|coat|bag|hood)\b",
            (
                r"\b(?:mum|dad|parents|nan|grandma|everyone|grownups) (?:\w+ )?(?:is|are|has gone|have gone|went) (?:out|away|"
                r"at work|to work|to the shop|asleep)\b",
                r"\b(?:banging|knocking|door|doorbell|window|someone|stranger|noise|noises|outside|scared)\b",
            ),
            r"\b(?:puppies|puppy|kittens|sweets|candy|a present|toys) in (?:the|his|her|their|my) (?:van|car|truck|house)\b",
            r"\b(?:get|got|getting) in (?:a |the )?(?:strangers|stranger s|mans|ladys) (?:car|van)\b",
            (
                r"\b(?:stranger|strangers|man|men|lady|woman|someone|somebody|person|people|guy|teenager|big boy|old man)\b",
                r"\b(?:i dont know|i didnt know|dont know him|dont know her|strange|weird|creepy|scary|unknown)\b",
                r"\b(?:following|followed|follows|asked|offered|offering|wants|wanted|said|says|gave|told|touched|came|door|"
                r"gate|car|van|park|outside|watching|staring|grabbed|took|photo|picture|sweets|lift|ride|puppy|come with)\b",
            ),
            (
                r"\b(?:home alone|(?<!playing )(?<!play )(?:on my own|by myself|alone)|nobody home|nobody is home|no grownups|"
                r"no one home)\b",
                r"\b(?:door|doorbell|knocking|knock|window|someone|stranger|man|noise|noises|outside)\b",
                r"\b(?:im|i am|i|me)\b",
            ),
            r"\b(?:someone|somebody|a man|a lady|a woman|a stranger|a person) (?:is |was )?(?:trying to (?:open|get in|"
            r"come in)|banging|knocking|looking through|peeking through)\b",
            r"\b(?:mum|dad|\w+) (?:sent|told) (?:him|her|them) to (?:get|pick up|collect|fetch) me\b",
            r"\b(?:man|lady|woman|stranger|someone|person|guy) (?:\w+ ){0,3}(?:keeps|kept|is|was) (?:looking at|staring at|"
            r"watching|following|walking behind) me\b",
            r"\b(?:go|come|went|going) with (?:the|a|this) (?:man|lady|woman|person|stranger|guy)\b",
            (
                r"\b(?:a man|a lady|a woman|someone|a stranger|a person|a guy) i dont know\b",
                r"\b(?:gate|door|school|outside|car|van|get me|pick me|come with|following|park|said|says|asked|wants)\b",
            ),
            (
                r"\b(?:home alone|on my own|by myself|nobody (?:else )?(?:is )?(?:home|here)|alone (?:at|in) (?:home|"
                r"the house|my house))\b",
                r"\b(?:knock|knocking|knocked|door|doorbell|bell|someone|stranger|man|lady|noise|noises|scared|frightened|"
                r"dark|night|window|outside|shouting|banging)\b",
            ),
            r"\b(?:stranger|strangers|a man|a lady|a woman|a person|someone|a car|a van|an old man|a guy|a big boy|"
            r"some men|men|people) (?:\w+ ){0,3}(?:following|followed|follows|chasing|chased|watching) (?:me|us)\b",
            (
                r"\b(?:stranger|a man|a lady|a woman|someone|a guy|a person|he|she) (?:\w+ ){0,3}(?:offered|offering|wants to "
                r"give|gave|asked|told) (?:me|us) (?:\w+ ){0,2}(?:a lift|a ride|sweets|candy|to get in|to come with|to go with|"
                r"puppies|a puppy|to see (?:his|her) (?:puppy|dog|kittens))",
                r"^(?!(?:my )?(?:little |big )?(?:sister|brother|mum|dad|nan|grandma|grandad) (?:\w+ ){0,6}(?:she|he) gave me "
                r"(?:her|his) sweets)",
            ),
            r"\bget in (?:his|her|their|the|a) (?:car|van|truck)\b",
            r"\b(?:someone|a man|a stranger|a lady|somebody|a person|people) (?:is |are |keeps |was )?(?:at|knocking on|"
            r"banging on|trying to open|trying to get in|looking in) (?:the|my|our) (?:door|window|house|room)\b",
            r"\b(?:someone|a man|a stranger|a person|people) (?:is |are )?(?:in|inside) (?:our|the|my) (?:house|"
            r"garden|room|flat)\b",
            r"\b(?:grabbed|tried to grab|tried to take|pulled) me (?:\w+ )?(?:into|by|and)\b",
            (
                r"\b(?:said (?:shed|hed|theyd|she would|he would) be back|be back in (?:\w+ ){0,2}minutes)\b",
                r"\b(?:its been hours|been hours|been ages|its dark|still not|all night)\b",
            ),
            (r"\b(?:doorbell|door|window|knocking|knocks)\b", r"\b(?:i dont know (?:them|him|her)|dont know who)\b"),
            r"\b(?:someone|somebody|a man|a lady|a woman|a person|people) i dont know (?:\w+ ){0,3}(?:phoning|calling|"
            r"ringing|texting|messaging|following|asking)\b",
        ),
        (
            "Stay safe inside and don't open the door to anyone you don't know. Call or go to a grown-up you trust "
            "right now, like your mum, dad or a neighbour you know. If a stranger is following you, go to a shop or "
            "a busy place and ask for help.",
        ),
        unless=r"\b(?:game|minecraft|roblox|story|book|film|movie|pretend|cartoon|dream|hide and seek|dog|cat|first time|"
        r"only next door|next door|(?:grabbed|held|holds|took) my hand (?:to|when|so|and))\b",
    ),
    # Unsafe requests: the model declines these too, but the rule is surer.
    Category(
        "danger_request",
        REQUEST,
        (
            r"\b(?:tide pods?|laundry pods?|"
            r"(?:hairdryer|hair dryer|charger|plug) (?:\w+ ){0,3}(?:bath|bathtub|water)|eat (?:the )?(?:berries|mushrooms) "
            r"(?:\w+ ){0,8}(?:dont know|not sure)|when nobody(?:s| is)? (?:watching|looking)|without (?:my )?(?:mum|dad|"
            r"parents|grownups) (?:knowing|seeing|watching))\b",
            r"\b(?:what|which) (?:\w+ ){0,3}can (?:you|i|we) mix\b|\bmix (?:\w+ ){0,3}(?:cleaning|bleach|chemicals)\b",
            r"\b(?:microwave|oven|toaster|battery|phone) (?:\w+ ){0,2}(?:explode|blow up)\b|\bflamethrower\b|"
            r"\bplastic bag on (?:my|his|her) head\b",
            (ASKING, r"\b(?:knife|knives|axe|saw|razor)\b", r"\b(?:by myself|on my own|alone|use)\b"),
            (
                ASKING,
                r"\b(?:hob|heater|razor|under the sink|tumble dryer|washing machine|iron|kettle|chip pan|deep fryer|blender|"
                r"lawnmower|chainsaw|power tool|drill|radiator|fireplace|gas fire|oven door|boiling water)\b",
                r"\b(?:turn|touch|use|plug|climb|drink|put|play|switch|carry|pour|pick up|hold|move|lift|sit|stand|lean)\b",
            ),
            (
                ASKING,
                r"\b(?:perfume|nail varnish|shampoo|magnet|magnets|coin|coins|marble|marbles|lighter|lighters|matches)\b",
                r"\b(?:drink|eat|swallow|taste|work|use|light|play)\b",
            ),
            r"\b(?:get|make) (?:the )?(?:lighter|matches|cooker|gas|hob|fire) (?:to )?(?:work|light|go)\b",
            (
                r"\b(?:matches|lighter|candles|fire)\b",
                r"\b(?:while|when) (?:mum|dad|my parents|nobody|no one|grownups) (?:is |are )?(?:out|not looking|asleep|away|"
                r"not home|at work)\b",
            ),
            (
                ASKING,
                r"\b(?:pill|pills|tablet|tablets|medicine|medicines|capsules|vitamins|cough syrup|calpol|bleach|cleaning|"
                r"washing up liquid|washing powder|dishwasher|detergent|pods|poison|poisonous|mushrooms|toadstools|"
                r"stuff under the sink|matches|match|lighter|lighters|candle|candles|fire|fires|bonfire|campfire|"
                r"fireworks|firework|sparklers|gas|cooker|hob|oven|stove|plug|plugs|socket|sockets|wires|wire|cables|"
                r"electric|electricity|toaster|pylon|battery|batteries|magnets|petrol|lighter fluid|paint thinner|"
                r"weedkiller|antifreeze|bottle in the shed|stuff in the shed|blue stuff|smoke alarm|calpols|paracetamol|pellets|"
                r"ibuprofen|nurofen|painkillers|sleeping pills|headache tablets|cough medicine)\b",
                r"\b(?:eat|eating|drink|drinking|swallow|taste|try|take|have|lick|light|lighting|lit|burn|burning|play|"
                r"playing|touch|touching|poke|put|stick|pull|open|fix|use|using|turn on|make|start|set|climb|sniff|"
                r"spray|mix|find|get|loads|lots|all|many|keep|blow up|explode)\b",
            ),
            r"\btablets? (?:\w+ ){0,3}look(?:s)? like (?:sweets|candy|smarties)\b",
            r"\bmedicine (?:\w+ ){0,2}tastes? like (?:sweets|candy|juice)\b",
            (
                ASKING,
                r"\b(?:cooker|hob|oven|stove|gas|frying pan|chip pan|deep fat fryer|deep fryer|pan|grill|barbecue|bbq)\b",
                r"\b(?:by myself|on my own|alone|without (?:a grownup|mum|dad|my mum|my dad|anyone|help|an adult|asking)|"
                r"when (?:mum|dad|nobody|no one|everyone)(?: is| s)? (?:out|asleep|not looking|not home|at work))\b",
            ),
            r"\b(?:charging|charger|plugged in|hairdryer|hair dryer|straighteners|heater|extension lead) (?:\w+ ){0,5}(?:bath|"
            r"bathtub|shower|paddling pool|sink)\b|\b(?:bath|bathtub|shower) (?:\w+ ){0,5}(?:charging|charger|plugged in|"
            r"hairdryer|hair dryer|straighteners)\b",
            (
                ASKING,
                r"\bwet (?:hands|fingers|feet)\b",
                r"\b(?:plug|plugs|unplug|socket|sockets|switch|light switch|wire|wires|hairdryer|electric|charger)\b",
            ),
            (
                ASKING,
                r"\b(?:sniff|sniffing|breathe in|inhale|huff)\b",
                r"\b(?:paint|spray|glue|gas|deodorant|aerosol|petrol|pens?|markers?|nail varnish|lighter fluid|cleaner|bleach|"
                r"hairspray)\b",
            ),
            (
                ASKING,
                r"\b(?:stanley knife|craft knife|scalpel|box cutter|sharp knife|big knife|carving knife|bread knife|"
                r"kitchen knife|"
                r"sharp scissors|big scissors|"
                r"dads razor|mums razor|razor blade|chainsaw|hatchet|machete)\b",
            ),
        ),
        (
            "Please don't. Medicines, cleaning things, fire and electricity can hurt you badly. Only a grown-up should "
            "use them, so please ask a grown-up you trust first.",
        ),
        unless=r"\b(?:blow out|birthday cake|made of|made from|invented|why do|why does|why is|fire engine|"
        r"fire fighter|firefighter|fire station|game|minecraft|roblox|pokemon|fire type|story|film|lego|pretend|"
        r"electric car|electric guitar|lightning|electric eel|toy|what (?:happens|would happen) (?:to (?:you|people) )?"
        r"(?:if|when) (?:you|someone|people|a person) (?:get|gets|are|is) (?:an |a )?(?:electric shock|electrocuted|"
        r"struck)|with (?:my |the |a |our )?(?:grownups|grownup|adults|adult|"
        r"mum|dad|parents|teacher))\b",
    ),
    Category(
        "harm_request",
        REQUEST,
        (
            r"\b(?:what poison|poison (?:that )?(?:kills|would kill)|look like an accident|(?:dads|mums|my|grandads) gun\b|"
            r"gun safe|(?:made|make|turn) (?:\w+ ){0,2}into a (?:knife|weapon|spear)|shoot (?:stones|rocks|pellets) at|"
            r"squish (?:all )?(?:the )?\w+ with|poke (?:the )?(?:dog|cat|baby|hamster) with|push the baby|beat (?:\w+ )?up "
            r"(?:\w+ )?(?:after school|at school|tomorrow|at break|at lunch)|plan how to (?:beat|hurt|get))\b",
            (
                ASKING,
                r"\b(?:push (?:him|her|them|someone) off|burn (?:\w+ ){0,2}hair|hack (?:\w+ ){0,3}account|"
                r"kill someone|kill a person|kill people|put (?:glass|pins|a pin|nails|tacks) in)\b",
            ),
            (
                ASKING,
                r"\b(?:knock (?:them|him|her|someone|somebody) out|make (?:\w+ ){0,3}(?:sick|ill|poorly|cry|bleed|scream|"
                r"fall (?:off|over|down|out|in)|trip (?:up|over)|crash)|at (?:peoples|"
                r"someones|his|her|their) (?:heads|head|face|eyes)|scare (?:\w+ ){0,3}so much|most painful|in (?:\w+ )?eyes|"
                r"hurt (?:someone|somebody|people) with|to hurt someone|pepper spray)\b",
            ),
            (
                ASKING,
                r"\bput (?:\w+ ){0,3}in (?:\w+ ){0,2}(?:drink|food|dinner|cup|lunch|tea|juice|water|bottle)\b",
                r"\b(?:sick|ill|poorly|hurt|die|poison)\b",
            ),
            (
                ASKING,
                r"\b(?:throw|throwing|chuck|chucking) (?:\w+ )?(?:rocks?|stones?|bricks?|bottles?|glass|eggs?) at "
                r"(?!the (?:sea|water|river|pond|lake|waves|target)|a target)",
            ),
            r"\b(?:make everyone hate|so everyone hates) (?:him|her|them)\b",
            (
                ASKING,
                r"\b(?:break (?:\w+ ){0,2}(?:arm|leg|nose|neck|fingers|bones)|fall down the stairs|fall over|"
                r"(?:make|makes|made|so) (?:\w+ ){0,3}(?:bleed|die|choke|suffocate|get hurt)|"
                r"hurt (?:\w+ ){0,2}(?:badly|really)|pin on|drawing pin|burn (?:\w+ ){0,2}hair|"
                r"knock (?:\w+ ){0,2}out|punch (?:\w+ ){0,2}in the)\b",
                r"\b(?:someone|somebody|someones|him|her|them|my|the|a|people)\b",
            ),
            (
                r"\b(?:make|build|get|buy|find|sharpen)\b",
                r"\b(?:knife|knives|blade|razor|dagger)\b",
                r"\b(?:how|where|can i|i want|make a|cut (?:a )?person|cut people|hurt)\b",
            ),
            (
                ASKING,
                r"\b(?:hurt|hit|punch|kick|bite|slap|kill|stab|shoot|poison|beat up|trip up|trip|push over|throw (?:\w+ )?"
                r"(?:rock|rocks|stone|stones|bricks?) at|burn|choke|strangle|scratch|pinch|squash|drown|get back at|"
                r"revenge on|make (?:\w+ )?(?:cry|bleed)|hurt|smash|break (?:his|her|their) (?:arm|leg|nose))\b",
                r"\b(?:him|her|them|someone|people|person|my (?:\w+ )?(?:brother|sister|friend|mum|dad|teacher|cousin|"
                r"classmate|neighbour|baby)|the (?:\w+ )?(?:boy|girl|kid|kids|bully|teacher|baby|cat|dog|bird|birds|ducks|duck|"
                r"frog|hamster|fish|squirrel|pigeons|swans|horse|rabbit)|a (?:\w+ )?(?:boy|girl|kid|person|cat|dog|bird|frog)|"
                r"cats|dogs|birds|animals|kids|bullies|bully|everyone|somebody|\w+s tail)\b",
            ),
            (
                r"\b(?:make|build|get|buy|find|where|how|made|making|use)\b",
                r"\b(?:bomb|bombs|gun|guns|weapon|weapons|explosive|explosives|grenade|dynamite|poison|knife that|sword that|"
                r"real gun|real knife|a knife to|acid)\b",
            ),
            r"\bknife (?:\w+ ){0,3}(?:hurt|cut|stab) (?:people|someone|him|her|them)\b",
            (r"\b(?:burn|set fire to|light)\b", r"\bwhile (?:hes|shes|theyre|he is|she is) (?:asleep|sleeping)\b"),
            (
                r"\b(?:squish|squash|crush|hurt|kill|smash|stamp on|drown|"
                r"throw stones at) (?:\w+ ){0,2}(?:frogs?|birds?|cats?|kittens?|dogs?|puppies|hamsters?|"
                r"rabbits?|hedgehogs?|ducks?|squirrels?)\b",
                r"\b(?:want|wanna|going to|gonna|lets|will|how)\b",
            ),
            r"\b(?:make|makes) (?:\w+ ){0,3}(?:sleep forever|never wake up)\b",
            (ASKING, r"\b(?:get back at (?!home)|get revenge|revenge on|pay (?:him|her|them|\w+) back for)\b"),
            (
                ASKING,
                r"\b(?:push|shove|trip|kick|throw) (?:my |the |a )?(?:\w+ )?(?:sister|brother|friend|cousin|baby|boy|girl|kid|"
                r"him|"
                r"her|them|someone|somebody) (?:off|down|over|into|in) (?:the )?\w+",
            ),
        ),
        (
            "Hurting people or animals is never okay, and I won't help with that. If you feel angry, or someone is "
            "hurting you, please talk to a grown-up you trust.",
        ),
        unless=r"\b(?:minecraft|roblox|fortnite|(?<!not in a )game|lego|paper|cardboard|pretend|toy|nerf|water gun|water pistol|"
        r"snowball|snowballs|(?:kick|kicks|hit|hits|throw|punch|catch|bounce|head|boot) (?:\w+ )?(?:the |a |my |his |her )?"
        r"ball|pinata|pillow|story|film|invented|history|tnt|(?:wobbly|loose|baby) (?:tooth|teeth)|(?:tooth|teeth) "
        r"(?:thats|that is|is|are) (?:wobbly|loose)|(?:jk|just kidding|only joking|just joking) i love (?:him|her|"
        r"them)|bath bomb|bath bombs|seed bomb|"
        r"glitter bomb|bomb dive|mosquito|fly|flies|wasp|spider|ants|weeds|tag|piggy|uno|chess|cards|monopoly|board game|"
        r"snap|scrabble|draughts|mario kart|fifa)\b",
    ),
    Category(
        "grown_up_topics",
        REQUEST,
        (
            r"\b(?:feels? like|feel like) (?:to )?(?:do|doing|take|taking|being on|be on) (?:drugs|weed|cocaine|crack)\b",
            r"\b(?:strip club|strippers?|getting high|get high|high on drugs|(?:cigarettes?|cigs|"
            r"vapes?) (?:\w+ ){0,2}(?:taste|nicest|best|buy))\b",
            r"\b(?:sexiest|sexy (?:video|videos|pictures|pics)|only fans|onlyfans|18 (?:bit|section|part|games?|films?|"
            r"movies?|sites?)|adult channels?|grownup channels?|child lock off|pictures of (?:bums|willies|willy|boobs|"
            r"private parts|naked)|rudest (?:swear )?words|swear words you know|kissing with tongues|do in bed)\b",
            r"\b(?:roll a joint|smoke a joint|smoke weed|get high|what drugs|which drugs|best cigarette|cigarette for kids|"
            r"vape for kids)\b",
            r"\b(?:shag|shags|shagging|shagged|bonk|bonking|humping|wank|wanking|orgasm|erection|boner|boob|rude jok\w+|"
            r"dirty jok\w+|kiss(?:ing)? with (?:your |the |their )?tongues?|"
            r"(?:say|said|tell me|teach me|spell) (?:a |the |some )?(?:f word|c word|swear words?|rude words?|bad words?|"
            r"naughty words?)|"
            r"blowjob|blow job|handjob|hand job|talk dirty|dirty talk|kiss with tongues|tongue kiss|french kiss|make out|"
            r"making out|head cut off|heads cut off)\b",
            (
                ASKING,
                r"\b(?:drugs|weed|cocaine|cigarette|cigarettes|cigs|smoke|smoking|vape|vaping|beer|vodka|wine|alcohol|booze|"
                r"cider|gin|whisky|rum|drunk)\b",
            ),
            r"\b(?:dared me|dare me|dare) (?:\w+ ){0,2}(?:smoke|drink|vape|try drugs)\b",
            (
                r"\b(?:heads? chopped off|chop (?:\w+ )?head off|murder|murders|murdered|torture|tortured|cut up (?:a )?"
                r"(?:body|person|people)|blood and guts|loads of blood|dead bodies)\b",
                r"\b(?:tell me|describe|show me|how do|how to|what does|what do|watch|see|video|videos|pictures|photos|detail|"
                r"about)\b",
            ),
            r"\b(?:cocaine|heroin|meth|ecstasy|lsd|ketamine|bong|bongs|spliff|strippers?|stripper|prostitute|brothel)\b",
            r"\b(?:(?:people|they|grownups|adults|mum and dad|parents|you|couples) (?:\w+ )?(?:do it|doing it)|do sex|"
            r"do it with|make babies|making babies|babies (?:get|are) made|in bed (?:together|when)|have sex|had sex|sex videos|"
            r"rude websites?|adult websites?|videos of people doing)\b",
            r"\b(?:sex|sexy|sexual|porn|porno|pornography|nudes|nude pictures|naked (?:people|ladies|men|women|girls|boys|"
            r"pictures|photos|videos)|boobs|rude (?:videos|pictures|websites|sites)|dirty (?:videos|pictures|websites)|"
            r"adult (?:videos|films|websites|sites)|condom|condoms|onlyfans|horny|vibrator|vibrators|sex toys?|dildo)\b",
            (
                r"\b(?:can i|how do i|how can i|where can i|where do i|i want to|should i|lets|how to|buy|try|get|tell me|"
                r"teach me|show me|what does it feel like|whats it like|is it fun|how much)\b",
                r"\b(?:drugs|weed|cocaine|heroin|vape|vapes|vaping|cigarette|cigarettes|cigs|smoking|smoke|get drunk|drunk|"
                r"beer|vodka|wine|alcohol|booze|cider|gin|whisky|rum|joint|edibles)\b",
            ),
            r"\b(?:watch|see|show me) (?:\w+ ){0,3}(?:people (?:getting|being) (?:killed|hurt|shot)|beheaded|gore|"
            r"blood and guts)\b",
            r"\b(?:tell|teach|say|give|show|list) me (?:\w+ ){0,3}(?:swear|rude|bad|naughty) words?\b|\b(?:worst|rudest|baddest|"
            r"naughtiest) (?:swear )?words?\b",
            (ASKING, r"\b(?:gamble|gambling|betting|place a bet|bet on)\b"),
        ),
        ("That's a question for a grown-up you trust, like your mum, dad or a teacher. Let's talk about something else!",),
        unless=r"\b(?:smoke alarm|chimney|volcano|fire|bbq|barbecue|salmon|smoked|high five|high score|jump high|"
        r"how high|so high|really high|higher|sex education|sex ed|relationships education|(?:by accident|by mistake|"
        r"accidentally)(?!.*\b(?:hit|hits|smacked|slapped|hurt|hurts|belt|punished|locked)\b))\b",
    ),
    Category(
        "risky_request",
        REQUEST,
        (
            r"\b(?:cinnamon|chubby bunny|salt and ice|fire|skull breaker|choking|pass out) challenge\b",
            r"\b(?:(?:way|get|go) (?:up )?onto (?:the )?(?:garage |shed |house )?roof|jump (?:off|from) (?:the )?roof|"
            r"blackout challenge|no sleep (?:for|challenge)|challenge (?:from|on) tiktok|secret account|(?:parents|mum|"
            r"dad) (?:wont|will not|wouldnt) know|lie to (?:my )?(?:mum|dad|parents|teacher)|(?:a )?mans house|meet (?:the )?"
            r"(?:guy|man|boy|girl|person|lady) from (?:tiktok|the game|online|roblox|fortnite|snapchat|instagram)|hide in "
            r"the woods|so nobody (?:finds|can find) me|street sign|hide (?:a )?present from (?:my )?(?:coach|teacher|uncle))\b",
            (r"\b(?:what bus|what train|which bus|which train|how do i get to|how can i get to)\b", r"\b(?:meet|see)\b"),
            (ASKING, r"\bclimb (?:up )?(?:the |a )?(?:\w+ )?(?:crane|pylon|scaffolding|roof|electric)\b"),
            (
                ASKING,
                r"\b(?:tell|give|send) (?!me )(?:\w+ ){0,6}(?:what school|which school|my school|where i live|my address)\b",
            ),
            (ASKING, r"\b(?:quarry|reservoir)\b"),
            (
                ASKING,
                r"\bput (?:my )?(?:school|address|name|photo|picture|face|phone number|age) (?:\w+ )?on (?:it|tiktok|youtube|"
                r"the internet|online|my profile|instagram)\b",
            ),
            (ASKING, r"\b(?:walk|walking|go|skate|run) (?:across|on|onto) the (?:ice|frozen)\b"),
            (
                ASKING,
                r"\b(?:on my own|by myself|alone) (?:\w+ ){0,2}(?:at midnight|at night|in the dark)|(?:at midnight|"
                r"at night) (?:\w+ ){0,2}(?:on my own|by myself|alone)\b",
            ),
            (ASKING, r"\bclimb out (?:of )?(?:my |the )?(?:bedroom )?window\b"),
            (ASKING, r"\b(?:climb|get|jump|go|sneak) (?:out )?(?:of|out of|through) (?:my |the )?(?:window|bedroom window)\b"),
            (
                ASKING,
                r"\b(?:swimming|swim|paddling|paddle) (?:\w+ ){0,3}(?:lake|river|sea|canal|quarry|pond|reservoir)\b",
                r"\b(?:alone|by myself|on my own|without|nobody|no grownups)\b",
            ),
            (ASKING, r"\b(?:ride|cycle|bike|scooter|skate) (?:\w+ ){0,3}(?:big|busy|main) road\b"),
            (
                ASKING,
                r"\b(?:hide|run|go|get away) (?:\w+ ){0,3}(?:nobody|no one|noone|never) (?:\w+ )?(?:finds|find|found|sees|"
                r"knows)\b",
            ),
            (
                ASKING,
                r"\b(?:without telling|not telling|dont tell|not tell|so (?:my )?(?:mum|dad|parents) (?:cant|dont|wont)|"
                r"secret account|secret profile|secret phone|parental controls|screen time lock|delete my messages|"
                r"delete (?:the |my )?(?:history|chats))\b",
            ),
            (
                ASKING,
                r"\b(?:mums|dads|my mums|my dads|parents|mum s|dad s) (?:credit |bank )?(?:card|card number|password|pin|bank)\b",
                r"\b(?:give|put|use|type|enter|share|send|spend|buy|pay)\b",
            ),
            (ASKING, r"\b(?:go|get|come|ride|walk) (?:\w+ ){0,2}with (?:the|a|this) (?:man|lady|woman|stranger|guy|person)\b"),
            (
                ASKING,
                r"\b(?:get|climb|go|sit) (?:up )?(?:on|onto|up on|to) (?:the |a )?(?:\w+ )?(?:roof|pylon|ledge|chimney|crane|"
                r"scaffolding)\b",
            ),
            (ASKING, r"\b(?:train|bus|plane) (?:\w+ ){0,3}(?:by myself|on my own|alone|without)\b"),
            (
                ASKING,
                r"\b(?:run away|runaway|running away|run off|sneak out|sneaking out|leave home|leave the house at night|"
                r"meet (?:up with )?(?:\w+ ){0,3}(?:online|from the game|from roblox|from minecraft|i met|i dont know|"
                r"stranger)|meet (?:him|her|them) (?:\w+ ){0,3}(?:alone|park|secret|without)|(?:give|tell|send|share) (?!me )"
                r"(?:\w+ ){0,3}(?:my )?(?:address|password|passwords|phone number|photo|picture|selfie|where i live|"
                r"which school|what school|bank card|mums card)|(?:climb|go|get) (?:up )?(?:on|onto|up|out) (?:\w+ )?"
                r"(?:roof|pylon|window|balcony|ledge)|jump (?:off|out of|from) (?:\w+ )?(?:roof|wall|bridge|window|shed|balcony|"
                r"cliff|top bunk)|swim (?:alone|by myself|on my own|in the (?:river|lake|canal|quarry|reservoir))|"
                r"(?:go|swim|play) in the (?:river|sea|lake|canal|quarry) (?:alone|by myself|on my own)|(?:play|"
                r"walk) (?:near|on) "
                r"(?:the )?(?:train|railway) (?:tracks|line)|cross the (?:\w+ )?road (?:alone|by myself|on my own)|"
                r"talk to (?:strangers|a stranger)|get in (?:a|his|her|the) (?:car|van)|hitchhike|walk on the ice|"
                r"go on the ice|ride (?:my bike )?on the (?:big|main|busy) road|window ledge|hold my breath for)\b",
            ),
            r"\b(?:running|run) away (?:from home )?(?:tonight|tomorrow|today|forever|from home)\b",
            r"\b(?:pack my bag|packing my bag) (?:\w+ ){0,3}(?:leave|run)\b",
            (
                r"\b(?:do it|do that|try it)\b",
                r"\b(?:dare|dared|challenge|pass out|when (?:mums|dads|mum is|dad is|nobody|no one|nobodys)|not looking|"
                r"without (?:telling|asking|anyone)|secretly)\b",
            ),
            (
                ASKING,
                r"\b(?:big|busy|main) road|motorway|dual carriageway\b",
                r"\b(?:cross|crossing|walk|walking|play|playing|ride|riding|cycle|cycling|scooter|bike|skate|skateboard|run|"
                r"running)\b",
            ),
            (
                ASKING,
                r"\b(?:play|playing|run|running|ride|riding|sit|sitting|lie|lying|skate|skating) (?:\w+ ){0,3}(?:in|on) the "
                r"(?:road|street|motorway)\b",
            ),
            (ASKING, r"\b(?:without looking|not looking|with my eyes closed|eyes shut)\b", r"\b(?:road|roads|street|crossing)\b"),
            (
                ASKING,
                r"\b(?:no helmet|without (?:a |my )?helmet|without (?:a |my )?seatbelt|no seatbelt|no hands|no brakes|no lights|"
                r"without lights|no net|without (?:a |the )?net|no safety net|backflips?\b(?!(?: \w+){0,4} (?:safely|"
                r"at gymnastics|in gymnastics|with (?:a|my) coach|on (?:a|the) crash mat)\b))\b",
            ),
            (
                ASKING,
                r"\bclimb (?:over|up|onto|on) (?:the |a |our |next doors )?(?:high |big |tall )?(?:wall|fence|gate|railings)\b",
            ),
            (ASKING, r"\bjump (?:in|into|off) (?:the )?(?:river|canal|lake|quarry|reservoir|bridge)\b|\bfrom the bridge\b"),
            (
                ASKING,
                r"\b(?:youtube live|live stream|livestream|go live|show my face|(?:of me|myself) in my (?:school uniform|uniform|"
                r"pyjamas|swimsuit|swimming costume|underwear|pants))\b",
            ),
            (
                ASKING,
                r"\b(?:post|put|upload|share|send)\b",
                r"\b(?:video|videos|photo|photos|picture|pictures|pic|pics|selfie|selfies) of (?:me|myself)\b",
                r"\b(?:online|tiktok|youtube|instagram|insta|snapchat|snap|internet|roblox|discord|omegle|whatsapp|someone i|"
                r"stranger|online friend)\b",
            ),
            (ASKING, r"\bstay out (?:until|till|all) (?:really |very )?(?:late|night|midnight|dark)\b"),
            r"\b(?:hitch a ride|hitch hike|get a lift (?:from|with) (?:a |the )?(?:stranger|man|lady|driver|lorry|someone))\b",
            (
                ASKING,
                r"\b(?:open the door (?:to|for)|let) (?:a |the |this )?(?:man|lady|woman|stranger|someone|person|people|guy) "
                r"(?:in|into)?\b",
                r"\b(?:door|house|flat|in|into|when|while|mums out|dads out|on my own|alone)\b",
            ),
            (
                ASKING,
                r"\b(?:so|and|but) (?:my )?(?:mum|dad|parents|mummy|daddy|teacher|nan) (?:doesnt|dont|wont|will not|cant|never|"
                r"wouldnt) (?:know|find out|see|notice)\b",
            ),
            (
                r"\b(?:climb|climbing|swim|swimming|cross the road|light|go out)\b",
                r"\bwithout (?:a |my |any )?(?:grownup|grownups|adult|adults|mum|dad|parents|anyone watching)\b",
                ASKING + r"|\bi can\b",
            ),
            (ASKING, r"\b(?:swim|swimming|paddle|paddling) in (?:the |a )?(?:canal|quarry|reservoir)\b"),
            (
                ASKING,
                r"\b(?:address|where i live|phone number|my number|what school|which school|my school|password|surname|"
                r"full name)\b",
                r"\b(?:online|roblox|fortnite|minecraft|tiktok|snapchat|discord|youtube|instagram|whatsapp|the game|a game|"
                r"omegle|internet)\b",
                r"\b(?:tell|give|send|share|post|put|show|type)\b",
            ),
            (
                ASKING,
                r"\bclimb\b",
                r"\b(?:to the (?:very )?top|(?:very )?top of the (?:tree|roof|crane)|tall tree|highest branch)\b",
            ),
            (
                ASKING,
                r"\b(?:building site|construction site|scaffolding|railway|train tracks?|train line|railway line|electric fence|"
                r"barbed wire|cliff edge|rooftop|pylon|substation|quarry|reservoir)\b",
                r"\b(?:climb|climbing|go|play|playing|walk|jump|swim|sneak|get (?:in|into|onto|over))\b",
            ),
            (
                ASKING,
                r"\b(?:climb|climbing|stand on|stand up on|standing on|jump off|jump from)\b",
                r"\b(?:bookcase|bookshelf|shelves|shelf|wardrobe|kitchen counter|counter|worktop|banister|banisters|balcony|"
                r"window sill|windowsill|fridge|chest of drawers|top of the stairs|garage|shed)\b",
            ),
            (
                ASKING,
                r"\b(?:lean|hang|climb|sit|stand|jump) (?:out|off|on|up on) (?:of )?(?:the |my )?(?:window|windows|balcony|"
                r"window ledge|windowsill|window sill)\b",
            ),
            (
                ASKING,
                r"\b(?:video call|videocall|facetime|call|phone|text|message|meet|add|send|go|come|play|hang out)\b",
                rf"\b(?:(?:met|meet|know|knew) (?:\w+ ){{0,2}}{ONLINE}|(?:online|internet) friend|(?:friend|someone|person|"
                rf"man|lady|boy|girl) (?:i met )?(?:from|on) (?:roblox|fortnite|minecraft|the game|a game|tiktok|online|snapchat|"
                rf"discord))\b",
            ),
            (
                ASKING,
                r"\b(?:without (?:her|him|them|my mum|my dad|mum|dad|anyone|anybody|my parents|the teacher) (?:knowing|finding "
                r"out|seeing|noticing)|skip school|bunk off|skive|make myself (?:throw up|sick|vomit|be sick)|without "
                r"(?:eating|food|breathing)|(?:days|long) (?:\w+ ){0,3}without (?:eating|food|water|sleep|sleeping))\b",
            ),
        ),
        ("That could put you in danger, so please don't. Talk to a grown-up you trust, like your mum, dad or a teacher, first.",),
        unless=r"\b(?:story|film|pretend|lego|jk|just kidding|only joking|just joking|the circus|with (?:my |the |a |"
        r"our )?(?:grownups|"
        r"grownup|adults|adult|mum|dad|parents|teacher|nan|grandad|grandma)|(?:photo|picture|pic|selfie|video|card|letter|"
        r"present) (?:\w+ ){0,3}to (?:my )?(?:nan|nanny|nana|grandma|granny|gran|"
        r"grandad|grandpa|mum|dad|auntie|aunt|uncle|cousin|family))\b",
    ),
    # Sensitive news: kind words, never "Well done!".
    Category(
        "bullying",
        SENSITIVE,
        (
            r"\b(?:kick|kicks|kicked|ban|bans|banned|block|blocks|blocked) me (?:out )?(?:of|from) (?:every|all the|all our|"
            r"the class) (?:server|servers|game|games|group|groups|chat|chats)\b",
            r"\b(?:pull|pulls|pulling|pulled|rip|rips|ripped|grab|grabs|grabbed|take|takes|took) (?:off )?my (?:hijab|turban|"
            r"headscarf|patka|wig|kippah|head scarf)(?: off)?\b",
            r"\b(?:they|someone|somebody|he|she|kids|boys|girls|everyone) (?:\w+ ){0,2}(?:hid|hide|hides|took|take|takes|broke|"
            r"snapped|stole|threw) my (?:hearing aid|hearing aids|glasses|wheelchair|crutches|inhaler|walking frame)\b",
            r"\b(?:hit|hits|kicked|kicks|punched|punches|slapped|slaps|pushed|shoved|bit|bites|scratched|scratches) me "
            r"(?:really |so |very )?(?:hard|in the (?:face|tummy|stomach|head|eye|nose|back|privates)|across the face)\b",
            r"\b(?:pulls|pulled|pull|scratched|scratches|hit|hits|kicked|kicks|punched|bit|bites|pinched|pinches) (?:\w+ ){0,3}"
            r"(?:till|until) (?:it|i) (?:bleeds|bled|bleed|was bleeding|cried|cry|cant breathe)\b",
            r"\b(?:i get|i got|i keep getting|im always|they call me|everyone calls me) (?:called )?(?:fatty|fatso|"
            r"smelly|stinky|loser|weirdo|freak|ugly)\b(?! (?:\w+ ){0,2}(?:haha|lol|joke|joking))",
            r"\bgo back to (?:your|my) (?:own )?country\b|\bwhere (?:i|you) come from\b",
            r"\b(?:dont|do not) want to go to school (?:because|cos|cuz|becuz) (?:of )?\b",
            r"\b(?:whisper|whispers|whispering|talk|talks|gossip) about me\b",
            (
                r"\b(?:kids|boys|girls|they|everyone|people)\b",
                r"\b(?:keep|keeps|kept|always)\b",
                r"\b(?:killing me|typing|calling me|laughing at me|messaging|saying)\b",
                r"\b(?:ugly|stupid|die|fat|weird|loser|hate)\b",
            ),
            r"\b(?:keep|keeps|kept) (?:\w+ )?(?:snapping|hiding|grabbing|throwing|taking|breaking|ripping|hurting|kicking|"
            r"hitting|pushing|poking|stealing) (?:my|me)\b",
            (
                r"\b(?:going to|gonna|will|get)\b",
                r"\b(?:hurt me|beat me up|get me|batter me|punch me|hit me)\b",
                r"\b(?:boy|girl|kid|kids|brother|sister|friends|they|he|she)\b",
            ),
            r"\bsay i (?:talk|look|walk|dress|smell|sound) (?:funny|weird|stupid|different|strange)\b",
            r"\b(?:bullys|bullys|bulies|bullie)\b",
            r"\b(?:making|make|made|makes) fun of me\b",
            r"\b(?:tell|told|tells) (?:everyone|people|the others|the class) (?:not to|to not|dont) (?:play|talk|sit|"
            r"be friends) with me\b",
            r"\b(?:say|says|said) (?:that )?i (?:smell|stink|am smelly|am ugly|am fat|am weird|am stupid|am a baby)\b",
            r"\b(?:mean|horrible|nasty|rude|funny|embarrassing) (?:picture|photo|video|post|comment|comments|message|"
            r"messages) (?:of|about) me\b",
            r"\b(?:broke|broken|smashed|snapped|ripped|stole|took) my (?:glasses|bag|phone|lunch|pencil case|homework|"
            r"coat)\b(?! (?:by accident|accidentally))",
            (
                r"\b(?:kids|children|boys|girls|boy|girl|someone|people|everyone|they|he|she|friends|friend|classmates|"
                r"year \d+|year (?:one|two|three|four|five|six)|older kids|big kids|the others|in my class|at school)\b",
                r"\b(?:ignore|ignores|ignored|exclude|excluded|push|pushed|pushes|shove|shoved|spit|spat|laugh|laughed|laughs|"
                r"laughing|tease|teased|teases|teasing|mock|mocked|mocks|copy|copied|names|mean|nasty|horrible|rude|threaten|"
                r"threatened|threatens|rumours|rumors|gossip|lies|steal|stole|ripped|hid|hide|hit|hits|kick|kicked|"
                r"kicks|punch|punched|(?<!school )(?<!day )trip|tripped|pinch|pinched|bite|bit|scratch|scratched|slap|"
                r"slapped|throw|threw|hurt|"
                r"hurts|bully|bullies|bullied|pick on|picks on|picked on|make fun|made fun|call me|called me|calls me|"
                r"left out|leave me out|leaves me out)\b",
                r"\b(?:me|my|im|i)\b",
                r"\b(?:school|class|playground|break|lunch|playtime|bus|club|team|online|group chat|chat|everyday|every day|"
                r"all the time|always|again|keep|keeps|kept|today|yesterday|they|everyone)\b",
            ),
            r"\b(?:posted|shared|sent|made) (?:\w+ ){0,3}(?:about me|of me|fun of me|a group without me|group chat)\b",
            r"\b(?:they|kids|everyone|people|the others|the boys|the girls|some kids|he|she) (?:\w+ )?(?:say|says|said|tell|"
            r"told) (?:i|im|me) (?:smell|stink|am ugly|ugly|fat|stupid|weird|a baby|cant)\b",
            r"\b(?:nobody|no one|noone|they|none of them) (?:\w+ )?(?:will|wont|would|wouldnt|dont|doesnt|"
            r"never) (?:let me )?(?:sit|play|talk) (?:next to|with|near) me\b",
            r"\b(?:wont|dont|never|didnt) let me (?:sit|play|join|be in|come|hang out)\b" + SCREEN_RULES,
            r"\b(?:got|get|getting|was|been) (?:punched|kicked|hit|pushed|beaten up|beat up|tripped|spat on|bullied|picked on|"
            r"laughed at|left out) (?:\w+ ){0,4}(?:by|at school|in the|at break|on the bus|at lunch|every)\b",
            r"\b(?:keeps|kept|keep|wont stop|will not stop|doesnt stop|dont stop|never stops|wouldnt stop) (?:kicking|"
            r"hitting|pushing|pinching|poking|punching|tripping|teasing|laughing at|copying|calling) me\b",
            r"\b(?:pull|pulled|pulls|grab|grabbed|rip|ripped|take|took|steal|stole|snatch|snatched) my (?:hijab|hair|bag|"
            r"lunch|glasses|hat|coat|money|phone|stuff|things|pencil case|shoes) (?:\w+ ){0,2}(?:and laugh|and run|every|"
            r"off me|away|again|and threw)\b",
            r"\b(?:copy|copies|copied|copying|laugh at|laughed at|laughs at|make fun of|made fun of) (?:my|"
            r"the way i) (?:stammer|stutter|voice|accent|hair|glasses|skin|clothes|name|talk|walk|weight|teeth|body|"
            r"wheelchair)\b",
            r"\b(?:told me|said|say) (?:i|that i) (?:cant|can not|am not allowed to|will never) (?:ever )?(?:be in|join|play|"
            r"sit)\b",
            r"\b(?:they|everyone|the kids|people) (?:\w+ ){0,3}laugh (?:at me|when i|and)\b",
            r"\b(?:bully|bullies|bullied|bullying|bulling)\b",
            r"\b(?:gang|gangs|ganged|ganging) up (?:on )?(?:me|and)\b",
            r"\b(?:kids|children|boys|girls|someone|people|everyone|a boy|a girl|they|he|she|my (?:\w+ )?(?:friend|friends|"
            r"classmates|brother|sister|cousin)|\w+ in my class|the (?:big|older) (?:kids|boys|girls)|at school|in class|"
            r"on the bus|at break|at lunch|at playtime) (?:\w+ ){0,4}(?:hit|hits|kick|kicks|kicked|push|pushes|pushed|punch|"
            r"punched|punches|hurt|hurts|tease|teases|teased|teasing|laugh at|laughed at|laughs at|laughing at|make fun of|"
            r"made fun of|makes fun of|pick on|picks on|picked on|spit on|spat on|trip|tripped|pinched|pinch|bit|bite|"
            r"shoved|shove|threw (?:\w+ ){0,2}at|throw (?:\w+ ){0,2}at|slapped|slap|scratched|steal|stole|ripped|"
            r"broke) (?:me|my)\b",
            r"\b(?:call|called|calls|calling) me (?!(?:a |an )?(?:silly sausage|silly billy|cheeky|superstar|star|legend|"
            r"genius|champ|clever|good|princess|prince|sweetie|sweetheart|darling|pumpkin|sleepy|little monkey)\b)"
            r"(?:\w+ )?(?:names|stupid|ugly|fat|weird|loser|baby|dumb|idiot|horrible|"
            r"nasty|freak|smelly|four eyes|a \w+|an \w+)\b",
            r"\b(?:left|leave|leaves|leaving) me out\b",
            r"\b(?:nobody|everyone|no one|none of them) (?:\w+ )?(?:wants|wanted|will|would|lets|let) (?:to )?(?:play|sit|"
            r"talk|be friends) with me\b",
            r"\b(?:mean|nasty|horrible|rude|unkind) (?:\w+ )?(?:to me|messages|comments|things about me|about me|notes)\b",
            r"\b(?:everyone|they|the kids|people|my class) (?:\w+ )?(?:hate|hates|ignore|ignores|ignored) me\b",
            r"\b(?:posted|sharing|shared|sent) (?:\w+ ){0,3}(?:picture|photo|video) of me\b",
            r"\b(?:surround|surrounded|surrounds) me\b",
            (
                r"\b(?:flush|flushing|flushed|throw|throwing|threw|throws|rip|ripped|ripping|stamp on|break|"
                r"broke|steal|stole|stealing|take|took|taking) my (?:\w+ ){0,2}(?:hat|bag|lunch|snack|snacks|"
                r"book|books|pencil case|coat|shoes|phone|money|stuff|things)\b",
                r"\b(?:they|them|kids|everyone|every day|again|always|on purpose|bin|toilet|keep|keeps)\b",
            ),
            r"\b(?:say|said|says|saying|call|called|calls|calling|told|tell|tells|think|thinks) (?:that )?(?:me|"
            r"im|i am|i was) (?:too )?(?:smell|stink|smelly|ugly|fat|stupid|dumb|weird|a loser|a freak|"
            r"disgusting|thick|useless)\b",
            (
                r"\b(?:filmed|recorded|took (?:a )?(?:photo|picture|video) of) me\b",
                r"\b(?:sharing|shared|posted|sent it|everyone|laughing|group chat)\b",
            ),
            (r"\b(?:make|makes|made) me\b", r"\bor else\b"),
            r"\bmakes? everyone (?:\w+ ){0,3}(?:me|my)\b",
            r"\b(?:say|says|said|saying|laugh|laughing|laughed) (?:\w+ ){0,2}(?:stuff|things|mean things|"
            r"horrible things) about (?:me|my)\b",
            r"\b(?:spread|spreads|spreading|told|telling) (?:lies|rumours|rumors|stories) about me\b",
        ),
        (
            "I'm sorry that happened. Nobody should hurt you or be mean to you, and it is not your fault. Please tell a "
            "grown-up you trust, like your teacher, mum or dad, so they can help make it stop.",
        ),
        unless=r"\b(?:story|film|movie|book|ball|balloon|football|tag|pretending to be|pillow|(?:loses|lose|losing|lost) at "
        r"(?:games|a game|board games|cards|uno|monopoly|chess|football|fifa)|sore loser|"
        r"joke|baby brother|baby sister|toddler|teething|only 2|only two|my seat|took my seat|by accident|by mistake|"
        r"accidentally|didnt mean to|netball|"
        r"cricket|for six|on the swing|pineapple|snowball|we all laughed|so i called|we were (?:just |only )?playing|"
        r"rugby|hockey|basketball|dodgeball|(?:midge|mosquito|insect|bug|gnat|flea|nettle) (?:bites|bite|stings|sting))\b|"
        r"^(?:my )?(?:little |big |baby )?(?:brother|sister|cousin)\b.*\bbut (?:hes|shes|theyre|he is|she is|they are) "
        r"(?:only|just) (?:messing|mucking|joking|playing)(?: about| around)?$|" + RUDE_WORD,
    ),
    Category(
        "home_conflict",
        SENSITIVE,
        (
            r"\b(?:dad|daddy|mum|mummy|mom|mommy|father|mother) (?:\w+ )?(?:isnt|is not|wont be|is never|aint|not) coming "
            r"(?:back|home)\b(?!.*\b(?:till|until|after|tonight|tomorrow|late|work|shop|trip|holiday|later)\b)",
            r"\bpolice (?:cars? |vans? |officers? |men )?(?:\w+ ){0,2}(?:outside|at|came to|round|in) (?:our|my) (?:house|flat|"
            r"door|home)\b(?!.*\b(?:next door|neighbours|burglar|stolen|lost|found|visit)\b)",
            r"\b(?:drink|drinks|drinking|get drunk|gets drunk) and (?:then )?(?:fight|fights|argue|argues|shout|shouts|scream|"
            r"screams|smash|break)\b",
            r"\b(?:packed (?:a|his|her) bags?|packed (?:his|her) stuff) and (?:left|went|moved out)\b",
            r"\b(?:isnt|is not|not) allowed to see (?:us|me) (?:anymore|now)\b",
            r"\b(?:mum|dad|nan|parents) (?:cries|cry|is crying) (?:\w+ ){0,4}when (?:she|he|they) (?:thinks|think)\b",
            r"\b(?:dad|mum) (?:\w+ ){0,6}(?:never|doesnt|dont) (?:rings|ring|calls|call|phones|visits|visit)(?: me| us)?\b",
            r"\b(?:stopped talking|dont talk|not talking|never talk) to each other\b",
            r"\b(?:argued|argue|fought|fight|shouted|yelled|screamed) all (?:christmas|holiday|weekend|day|night|summer|"
            r"the time)\b",
            r"\b(?:sleeps|sleep|sleeping) on the sofa now\b",
            r"\b(?:who i want to live with|go to court|going to court)\b",
            r"\b(?:yelled|screamed|shouted|swore) at each other\b",
            (
                r"\b(?:arguing|shouting|fighting|screaming|yelling|rows|argue|argument|arguments)\b",
                r"\b(?:dinner time|every dinner|at home|house|through the wall|about splitting|about money|about me|"
                r"downstairs|each other|all the time|every night|every day)\b",
            ),
            r"\b(?:hate each other|stuck in the middle|everyone is (?:cross|angry|shouting|upset)|whole house is angry|"
            r"house is angry|everyones cross)\b",
            r"\b(?:new boyfriend|new girlfriend|new husband|new wife) (?:\w+ ){0,3}(?:moving in|moved in|living with us)\b",
            r"\b(?:live|lives|living) (?:really )?far away now\b|\bonly see (?:him|her|my dad|my mum|dad|mum) (?:on|at|every|"
            r"once)\b",
            r"\bdont like being at home\b",
            (
                r"\b(?:screams|shouts|yells|swears) at (?:mum|dad|my mum|my dad)\b",
                r"\b(?:throws|throwing|smash|angry|all the time)\b",
            ),
            r"\b(?:scream|shout|yell|argue|fight|swear) (?:at|with) each other\b",
            (
                r"\b(?:nan|grandad|grandma|grandpa|auntie|uncle|step dad|step mum|dad|mum)\b",
                r"\b(?:and)\b",
                r"\b(?:arge|argue|arguing|fight|fighting|scream|screaming|shout|shouting|splitting up|split up)\b",
            ),
            (
                r"\b(?:mum|dad|parents|they|grownups|step dad|step mum|nan|grandma)\b",
                r"\b(?:fight|fighting|fought|fights|argue|arguing|argued|argues|argument|arguments|rows|shouting|yelling|"
                r"screaming|divorce|divorced|split up|splitting up|separate|separated|break up|broke up|breaking up|moved out|"
                r"moving out|smashing|slamming|throwing things)\b",
                r"\b(?:each other|all the time|every|a lot|loud|again|night|home|house|always|anymore|cant sleep|scared|hide|"
                r"my room|downstairs|upstairs|cry|crying)\b",
            ),
            r"\b(?:two houses|two homes|live with my dad now|live with my mum now|dad doesnt live here|mum doesnt live here|"
            r"see my dad at weekends|see my mum at weekends|went to live somewhere else|moved out|new family)\b",
            r"\b(?:screaming|shouting|yelling|arguing|fighting) at each other\b",
            (
                r"\b(?:mum|dad|parents|they|grownups|step dad|step mum|mum and dad|nan|grandad|grandma)\b",
                r"\b(?:argue|argues|arguing|argued|fight|fights|fighting|fought|shout|shouts|shouting|yell|yells|yelling|"
                r"scream|screaming|rows|row|argument|arguments) (?:\w+ ){0,3}(?:all the time|every day|every night|so loud|"
                r"loud|a lot|again|through the wall|downstairs|massive|big)\b",
            ),
            r"\b(?:massive|big|huge|horrible) (?:rows|row|argument|arguments|fight|fights)\b",
            r"\b(?:when they (?:shout|argue|fight|scream|yell)|hear them (?:fighting|arguing|shouting|screaming|yelling))\b",
            r"\b(?:dont|doesnt|wont) (?:talk|speak) to each other\b",
            r"\b(?:says|said) (?:my )?(?:dad|mum) is (?:a )?(?:bad|horrible|awful|liar|mean)\b",
            (
                r"\b(?:slamming|slammed|slam) (?:the )?doors?\b",
                r"^(?!(?:my )?(?:little |big )?(?:sister|brother) (?:slammed|slams|slamming) (?:the )?doors? "
                r"(?:because|cos|when) (?:she|he) (?:cant|couldnt|lost|wasnt allowed|isnt allowed|had to|didnt want to|"
                r"doesnt want to)"
                r"(?!.*\b(?:shout|shouts|shouting|scream|screaming|fight|fighting|argue|arguing|hit|hitting|drunk|angry)\b))",
            ),
            r"\b(?:mum|dad|parents|mum and dad|dad and mum|step dad|step mum|grownups) (?:\w+ ){0,3}(?:fight|fighting|fought|"
            r"fights|argue|arguing|argued|argues|shout at each other|shouting at each other|scream at each other|screaming at "
            r"each other|yell at each other|yelling at each other|shout all|shouting all|shouting a lot|shout a lot|"
            r"keep shouting|always shouting|scream all|screaming|smash|smashing|throwing things)\b",
            r"\b(?:getting|got|get|are|is) (?:a )?(?:divorce|divorced|separated|splitting up|split up|breaking up)\b",
            r"\b(?:mum|dad) (?:\w+ )?(?:moved out|left us|left home|walked out|doesnt live with us|went away|is leaving|"
            r"is moving out|left and)\b",
            r"\b(?:mum|dad|brother|sister|uncle) (?:\w+ )?(?:is|went|got sent|has gone) (?:in |to )?(?:prison|jail)\b",
            r"\b(?:shouting|screaming|fighting|arguing) (?:at home|in my house|every night|downstairs)\b",
            r"\b(?:shouting|screaming|yelling) and (?:\w+ )?(?:banging|slamming|crying|smashing)\b",
            r"\b(?:going to|gonna|wants to|said he would|said hed|threatened to) (?:kill|hurt|stab|"
            r"murder) (?:my )?(?:mum|dad|step mum|step dad|nan|brother|sister|us|her|him)\b",
            r"\b(?:kicking|banging on|punching|smashing) (?:the|her|his|my) (?:\w+ )?(?:door|wall|walls)\b",
            (
                r"\bshouts? at (?:my )?(?:mum|dad|gran|nan|grandma|grandad|step mum|step dad|auntie)\b",
                r"\b(?:cries|crying|cried|scared|every night|always)\b",
            ),
            r"\b(?:threw|throws|throw) (?:\w+ ){0,3}at (?:my )?(?:mum|dad|step mum|step dad|nan|gran)\b",
            r"\b(?:broke|smashed|punched|kicked|breaks|smashes|punches|kicks) (?:the|a|our) (?:door|wall|window|tv|plates|"
            r"table) (?:\w+ ){0,4}(?:angry|cross|mad|shouting|drunk|furious)\b",
        ),
        (
            "I'm sorry, that sounds hard. When grown-ups argue or families change, it is never your fault. Talking to a "
            "grown-up you trust, like a teacher or someone in your family, can really help.",
        ),
        unless=r"\b(?:game|story|film|movie|pillow fight|play fight|water fight|snowball|joke|lol|"
        # shouting at a match on the telly, and a crowd's "in case we get split up"
        r"(?:shout|shouts|shouting|shouted|scream|screaming|screamed|yell|yelling|yelled) (?:\w+ ){0,4}at the (?:telly|tv|"
        r"television|football|match|game|referee|ref))\b|"
        + CALM
        + r".*\b(?:in case (?:we|i|you) (?:get|got) split up|(?:we|i) got split up (?:from|at|in|on) (?:the|my|our|a))\b",
    ),
    Category(
        "grief",
        SENSITIVE,
        (
            r"\b(?:did|does|will|would) my (?:\w+ ){0,3}die\b",
            (r"\b(?:got run over|was run over|hit by a car|got hit by a car)\b", r"\bmy\b"),
            r"\b(?:first|1st) (?:\w+ ){0,2}without (?:my )?(?:mum|dad|nan|nana|grandma|grandad|brother|sister)\b",
            r"\b(?:my|our) (?:\w+ ){0,3}(?:have to die|had to die|going to die|gonna die)\b",
            r"\b(?:better place|lost the baby|lost a baby|lost our baby|doesnt remember (?:me|my name|who i am))\b",
            r"\b(?:miss|missing) (?:my )?(?:\w+ )?(?:nanny|nana|puppy|kitten|bunny|rabbit|grandpa|granny|gran|papa|auntie|"
            r"uncle)\b",
            (
                r"\b(?:died|dead|passed away|passed|death|funeral|heaven|dying|put down|put to sleep|got killed|was killed|"
                r"gone forever|not coming back|never coming back)\b",
                r"\b(?:my|our)\b",
            ),
            (
                r"\b(?:hospital|cancer|chemo|operation|ambulance|disease|heart attack|stroke|dementia|very ill|very sick|"
                r"really ill|really sick|so ill|so sick|seriously ill)\b",
                r"\b(?:my|our)\b",
            ),
            r"\b(?:miss|missing) (?:my )?(?:\w+ )?(?:mum|dad|nan|grandma|grandad|grandpa|granny|dog|cat|brother|sister|friend|"
            r"pet|hamster|auntie|uncle)\b",
            r"\b(?:had to be|got|was|is being|going to be) put down\b",
            r"\b(?:died|dead|passed away|in heaven|funeral|is dying|got ill|has cancer|in hospital)\b(?! (?:in|on) (?:my |"
            r"the )?(?:game|minecraft|roblox|story|film|show))",
            r"\b(?:my|our) (?:\w+ ){0,3}(?:died|dead|has died|passed away|passed|is dying|got put down|was put down|"
            r"put to sleep|got killed|was killed|went to heaven|is in heaven)\b",
            r"\b(?:died|passed away) (?:\w+ ){0,2}(?:my|our) (?:\w+ )?(?:mum|dad|nan|grandma|grandad|grandpa|granny|brother|"
            r"sister|friend|dog|cat|aunt|uncle|pet|hamster|baby)\b",
            r"\bfuneral\b",
            (
                r"\b(?:my|our) (?:\w+ )?(?:mum|dad|nan|nana|nanny|grandma|grandad|grandpa|granny|gran|brother|sister|baby|"
                r"friend|aunt|auntie|uncle|cousin|dog|cat|family)\b",
                r"\b(?:hospital|very sick|really sick|so sick|very ill|really ill|so ill|very poorly|really poorly|cancer|"
                r"dying|might die|going to die|gonna die|not going to get better|wont get better|operation|ambulance|"
                r"intensive care|poorly|sick|ill)\b",
            ),
            r"\b(?:miss|missing) (?:my )?(?:\w+ )?(?:mum|dad|nan|grandma|grandad|grandpa|granny|dog|cat|brother|sister) "
            r"(?:so much|who|since|because|a lot|every)\b",
            r"\b(?:put|putting|had to put) (?:\w+ ){0,2}(?:cat|dog|pet|hamster|rabbit|horse|pony|guinea pig) (?:down|to sleep)\b",
        ),
        (
            "I'm so sorry. It's okay to feel sad when someone you love is poorly or has died. Please talk to a grown-up "
            "you trust, like your mum, dad or a teacher, and ask for a big hug.",
        ),
        unless=r"\b(?:game|minecraft|roblox|fortnite|pokemon|character|story|film|movie|book|cartoon|dream|battery|the "
        r"soldiers|remembrance|poppy day|poppies|dead (?:mice|rats|rat|frog|frogs)|the romans|the vikings|egyptians|titanic|"
        r"tudors|miss (?:my )?(?:\w+ )?\w+ "
        r"(?:when|while) im (?:at|in) (?:school|nursery|camp|club)|"
        rf"miss (?:my )?(?:\w+ )?{PETS} (?:when|while) im (?:at|in) (?:my dads|my mums|my nans|grandmas)|"
        r"died of boredom|went dead|tamagotchi|dead funny|dead good|dead easy|nearly died|"
        r"(?:phone|tablet|ipad|laptop|ipod|switch|controller|torch|remote)(?: battery)? (?:is |has |just |went |was )?"
        r"(?:died|dead|dying)|(?:is|was|as) a (?:nurse|doctor|paramedic|surgeon|porter|midwife)|works? (?:at|in) (?:the |a )?"
        r"hospital|plant|plants|flowers|lol|haha|laughing|pretend\w*|dinosaurs|dinosaur|sick trick|sick skills|"
        r"sick goal|sick of|was sick on|history|years ago|die laughing|died laughing|toy|dead (?:bee|bird|fly|flies|spider|"
        r"worm|wasp|mouse|hedgehog|crab|jellyfish|snail|slug|butterfly|ladybird|leaves|leaf)|leaves (?:are |were )?dying|"
        r"(?:little|small|tiny) operation|(?:when|because|cos|as) (?:im|i was|i am|i feel) (?:\w+ )?(?:poorly|ill|sick)|"
        r"the (?:worms|bugs|ants|flies|slugs|snails|wasps))\b",
    ),
    Category(
        "fear",
        SENSITIVE,
        (
            r"\b(?:man|woman|guy|person|lady|someone) (?:who )?(?:stands|sits|waits|parks|hangs around) (?:\w+ ){0,6}(?:watches|"
            r"watching|stares|staring|looks|looking) (?:at )?(?:me|us)\b",
            r"\b(?:hear|hearing|heard|keep hearing) (?:\w+ ){0,2}(?:footsteps|someone|somebody|voices|banging|"
            r"knocking) (?:\w+ ){0,4}(?:no ones|nobody|noone|no one|nobodys) (?:is )?(?:up there|there|home|in)\b",
            r"\bwhat if (?:my )?(?:mum|dad|nan|brother|sister) (?:doesnt|dont|never|wont) (?:come back|comes back|wake up)\b",
            (r"\bcant sleep\b", r"\b(?:scary|scared|video|worried|thinking|afraid|nightmare|monster|clown)\b"),
            r"\b(?:im|i am|i was|i keep|i cant stop|cant stop) (?:\w+ )?(?:shaking|trembling)\b",
            r"\bkeep thinking (?:there|theres|that|someone|something|about|im|i)\b",
            r"\b(?:something|somethin) (?:bad|terrible|awful|horrible) (?:will|is going to|might|gonna) happen\b",
            (
                r"\b(?:scared|afraid|frightened|terrified|worried|worry|worries|worrying|nervous|anxious|anxiety|panic|"
                r"panicking|dread|dreading|fear)\b",
                r"\b(?:i|im|me|my|ive)\b",
            ),
            r"\b(?:butterflies in my tummy|tummy ache|feel sick|heart beats fast|heart goes fast|shaky|shaking|"
            r"cant breathe) (?:\w+ ){0,5}(?:when i think|every time i think|before|every morning|about|because of|when)\b",
            r"\b(?:keep|keeps|always|cant stop|cant help) (?:worrying|thinking) (?:that|about|my|what)\b",
            r"\bwhat if (?:i|my|mum|dad|we|everyone|nobody|the) (?:\w+ ){0,4}(?:fail|dies|die|laughs|laugh|hates|leave|leaves|"
            r"gets hurt|burns|burn|forget|never|goes away|gets sick|lost|wrong)\b",
            r"\b(?:dreamed|dreamt|had a dream) (?:that )?(?:\w+ ){0,5}(?:and i woke up crying|and i woke up scared|"
            r"and now im scared|died|left me)\b",
            r"\b(?:woke up crying|woke up screaming|too scared to|scared to go to sleep|scared to sleep)\b",
            r"\b(?:im|i feel|i get|i was|i got|i have been|ive been|feeling|makes me|made me|making me|so|really|very|"
            r"too) (?:\w+ ){0,2}(?:scared|afraid|frightened|terrified|worried|nervous|anxious|panicky|panicking|worrying)\b",
            r"\b(?:nightmare|nightmares|bad dream|bad dreams|scary dreams)\b",
            r"\b(?:dream|dreams) (?:\w+ ){0,6}(?:keeps coming back|keep coming back|every night|again and again)\b",
            r"\b(?:cant|can not) stop (?:worrying|thinking about|crying|shaking)\b",
            r"\b(?:cant|can not) sleep (?:\w+ ){0,3}(?:worry|worried|scared|thinking|afraid)",
            r"\bi worry (?:about|that|all|a lot|so)\b",
            r"\bpanic attack\b",
            (
                r"\b(?:break in|break into|breaks into|broke into|burglar|burglars|robber|robbers)\b",
                r"\b(?:scared|every night|cant sleep|think|check|worry|worried|afraid)\b",
            ),
        ),
        (
            "I'm sorry you feel worried. Lots of people feel like that sometimes, and it's okay. Try taking three slow, "
            "deep breaths, and tell a grown-up you trust, like your mum, dad or a teacher, so they can help.",
        ),
        unless=r"\b(?:(?:what|which) (?:\w+ ){0,2}(?:am i|makes me|do i)|not scared|not worried|wasnt scared|wasnt worried|"
        r"never scared|not afraid|game|film|movie|story|"
        r"brave|fun|lol|haha|pretend|was scared but|but i did it|but it was (?:ok|okay|fine|fun))\b|"
        + CALM
        + r".*\b(?:(?:she|he|they) (?:was|were|got) (?:so |really |very )?(?:scared|worried|frightened)(?: (?:for|about) "
        r"me)?$|" + SCARED_THEM + ")|" + PHOBIA + "|" + SMALL_LOSSES,
    ),
    Category(
        "sadness",
        SENSITIVE,
        (
            r"\b(?:i|im) (?:\w+ ){0,2}(?:feel|feeling|felt) (?:so |really |very |super )*low\b(?! (?:on|battery|down))",
            r"\bi (?:wish|want) i (?:had|could have) (?:a|one|any|just one) (?:proper |real |best |true )?friends?\b"
            r"(?! (?:like|as|who|that))",
            r"\bi (?:stay|hide|sit) in my room (?:\w+ ){0,2}(?:all the time|every day|all day|on my own)\b",
            r"\b(?:everyone|everybody|my family|my (?:mum|dad|parents)|nobody|no one) (?:\w+ )?(?:forgot|forgets|"
            r"had forgotten) my birthday\b",
            r"\b(?:i feel|feel|im|i am) (?:like )?(?:a|such a) (?:failure|loser|nobody|waste of space)\b",
            r"\b(?:ive got|i got|i have|theres|there is) nobody (?:to (?:talk to|play with|sit with)|who (?:likes|"
            r"cares about) me)\b",
            r"\bnothing (?:is|feels) (?:fun|good|nice|happy) (?:anymore|now)\b",
            r"\beverything (?:just )?(?:feels|is|seems) (?:grey|gray|dark|pointless|empty|rubbish|wrong)\b",
            r"\b(?:dont|never) (?:feel happy|want to play|enjoy anything|like anything|want to do anything)\b|"
            r"\bnot happy anymore\b|\bfeel rubbish\b|\bgrey cloud\b|\bdont like being me\b|\bmiss my (?:friends|old)\b",
            r"\b(?:dont|do not) want to do anything\b|\bstay in bed (?:forever|all day)\b|\bnot see anyone\b|"
            r"\bnobody came to my\b",
            (r"\bi dont have any\b", r"\bfriend|friends\b"),
            r"\b(?:a pain|a burden|a nuisance|in the way) to everyone\b|\bdont smile\b|\bheart (?:\w+ ){0,2}heavy\b|\b(?:dont|"
            r"never) fit in\b|\bwish i had a (?:family|friend|mum|dad)\b",
            r"\b(?:not good enough|never good enough|no good at anything|rubbish at everything|bad at everything)\b",
            r"\beverything (?:is|feels) (?:rubbish|bad|wrong|awful|horrible|terrible|pointless)\b",
            (
                r"\b(?:sad|unhappy|lonely|all alone|upset|miserable|depressed|crying|cry|cried|tears|heartbroken|hopeless|"
                r"empty inside|hurt inside|broken inside|gloomy)\b",
                r"\b(?:i|im|me|my|ive)\b",
            ),
            r"\b(?:except me|apart from me|but not me|everyone but me)\b",
            r"\b(?:i|me) (?:cried|cry|was crying|started crying|keep crying)\b",
            r"\b(?:everyone|everybody|people|they) (?:\w+ )?(?:forgets|forget|forgot|ignores|ignore|ignored) (?:about )?me\b",
            r"\b(?:heart (?:feels|is) (?:heavy|sad|broken|sore)|heavy heart|feel like a nobody|im a nobody|feel empty|"
            r"feel like nothing)\b",
            r"\b(?:you are|youre|ur) my only friend\b",
            r"\b(?:loves|likes) my (?:\w+ )?(?:sister|brother|cousin) more than me\b",
            r"\b(?:want|need|wish i had|wish someone would) (?:someone|somebody|anyone|a hug|a friend) (?:to )?(?:hug me|hug|"
            r"to play|to talk)?\b",
            r"\b(?:nobody|no one|noone) (?:\w+ )?(?:notices|notice|noticed|cares|hugs|listens|remembers|plays)\b",
            r"\b(?:im|i am|i feel) (?:so |really |just )?(?:different from|not like) (?:everyone|everybody|all the others)\b",
            r"\bused to (?:play|talk|sit|be friends) with me (?:but|and) (?:now|not|they|he|she)\b",
            r"\b(?:no one|nobody|noone) to (?:play|talk|sit|hang out) with\b",
            r"\b(?:im|i feel|i get|i was|ive been|feeling|feel|makes me|made me|making me|i am always|im always|im so|"
            r"im really|im very) (?:\w+ ){0,2}(?:sad|unhappy|lonely|all alone|upset|miserable|depressed|empty|heartbroken|"
            r"down|like crying|like nobody|like no one|invisible|left out|hopeless|rubbish about myself|awful)\b",
            r"\b(?:cry|crying|cried|cries) (?:\w+ ){0,2}(?:every|all|a lot|myself|so much|at night|when|in bed|in my room)\b",
            r"\bnobody (?:\w+ )?(?:likes|loves|cares about|cares|wants|understands|listens to) me\b",
            r"\b(?:i have|ive got|i got|i dont have|i have got) (?:no|any) friends\b",
            r"\bno friends\b",
            r"\bhate my life\b",
            r"\beverything is (?:bad|wrong|rubbish|awful|horrible)\b",
            r"\b(?:nobody|no one) (?:\w+ )?(?:plays|played|will play|wants to play|wanted to play|sits|sat) with me\b",
            r"\bim (?:a )?(?:stupid|useless|ugly|worthless|a loser|bad person|not good enough)\b",
            r"\bi feel (?:like )?(?:a ghost|forgotten|invisible|left out|different from everyone|unwanted|"
            r"ignored|nobody likes me|no one likes me)\b",
            r"\b(?:nobody|no one) (?:wants to|will|ever) (?:talk to|play with|sit with) me\b",
            r"\b(?:on my own|by myself|alone) at (?:lunch|break|playtime|lunchtime)\b",
            r"\b(?:doesnt|dont|didnt) want to be my friend\b|\bnot my friend anymore\b",
            r"\bi dont (?:have|know) anyone\b",
            r"\bdont (?:even )?feel happy\b|\bdont feel like doing anything\b|\bnothing makes me happy\b",
            r"\bim the most (?:boring|stupid|ugly|annoying|useless)\b",
        ),
        (
            "I'm sorry you feel sad. Your feelings matter, and I'm here to talk. Please tell a grown-up you trust, like "
            "your mum, dad or a teacher. Talking about it can really help.",
        ),
        unless=r"\b(?:laughing|laughed|happy tears|not sad|wasnt sad|sad story|sad song|sad film|sad movie|sad face|game|"
        r"poem|poems|pretend|lol|haha|story|rain|rained|raining|film|movie|book|(?:baby|the baby) (?:\w+ )?(?:cries|cried|crying|"
        r"screams|screaming))\b|\b(?:cried|cry|crying|sad|tears) (?:at|in) the "
        r"(?:end|sad bit|sad part) of (?!(?:the )?(?:day|school|night|term|week|party|holiday|my|our)\b)|"
        # what a school has for everyone ("a buddy bench for if you have nobody to play with")
        r"\b(?:for|in case) (?:if |when )?(?:you|someone|anyone|people|kids|children) (?:have|are|feel|get|got)\b|"
        + SMALL_LOSSES,
    ),
]


def _parts(rule) -> tuple[str, ...]:
    return (rule,) if isinstance(rule, str) else tuple(rule)


def _compile(rule) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in _parts(rule))


ASKING_PATTERN = re.compile(ASKING)
# Per category: its rules, those that start with `ASKING` (the rest of each, tried only when the message asks), and
# its `unless`.
_COMPILED = [
    (
        c,
        [_compile(rule) for rule in c.rules if isinstance(rule, str) or rule[0] != ASKING],
        [_compile(rule[1:]) for rule in c.rules if not isinstance(rule, str) and rule[0] == ASKING],
        re.compile(c.unless) if c.unless else None,
    )
    for c in CATEGORIES
]
BY_NAME = {c.name: c for c in CATEGORIES}


def _words_of(pattern: str) -> set[str]:
    """The plain words a pattern spells out."""
    return set(re.findall(r"(?<![\\?])\b[a-z]{3,}\b", re.sub(r"\\[a-z]", " ", pattern)))


LEXICON = frozenset().union(*(_words_of(p) for c in CATEGORIES for rule in c.rules for p in _parts(rule)))
ENDINGS = ("s", "es", "ed", "ing")


def _forms(word: str) -> set[str]:
    """A word of the rules with the usual endings: "punch" -> "punches", "punched", "punching"; "hate" -> "hated"."""
    return {word} | {word + end for end in ENDINGS} | ({word + "d"} if word.endswith("e") else set())


KNOWN = frozenset().union(*(_forms(word) for word in LEXICON))  # never "corrected"
# Real words one slip away from a word of the rules, never "corrected": "tables" is not "tablets".
NOT_SLIPS = frozenset({"tables", "diving", "string", "strings", "thirty", "hoot", "stings", "carr", "chatt"})
# A word of the rules with one letter inside left out -> the words it could be: "frightend" -> {"frightened"}. Only
# the words the rules spell out are offered, never a made-up ending ("reading" is not "readying").
_gaps: dict[str, set[str]] = {}
for _word in LEXICON:
    if len(_word) > 6:  # a gap is looked for only in words of six letters or more
        for _i in range(1, len(_word) - 1):
            _gaps.setdefault(_word[:_i] + _word[_i + 1 :], set()).add(_word)
GAPS: dict[str, tuple[str, ...]] = {gap: tuple(sorted(words)) for gap, words in _gaps.items()}  # tuples: smaller
del _word, _i, _gaps


def correct_typos(text: str) -> str:
    """Fix one slip of the keyboard in words the rules use: a letter typed twice ("punchhed"), or, in words of six
    letters or more, a letter left out inside the word or two letters swapped ("frightend", "bullyign"). A different
    letter in its place is left alone ("lovely" is not "lonely"), and so is a change at either end ("meant" is not
    "mean") or in a short word ("words" is not "worlds")."""
    return " ".join(_corrected(word) for word in text.split())


def _corrected(word: str) -> str:
    if len(word) < 4 or word in KNOWN or word in NOT_SLIPS:
        return word
    options = {word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]}  # a letter typed twice
    options = {option for option in options if option in KNOWN}
    if len(word) >= 6:  # in longer words only: short ones are too often another real word ("words", "worlds")
        options |= set(GAPS.get(word, ()))  # a letter left out inside
        swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}  # two swapped
        options |= swaps & LEXICON
    return options.pop() if len(options) == 1 else word


# A question out of curiosity ("what is a funeral?", "why do people get divorced?") that says nothing about the
# child is answered by the model: the sensitive (not serious) categories leave it alone.
CURIOUS = re.compile(
    r"^(?:(?:starmind|robot|hey|hi|um|so|ok) )*(?:what|why|how|when|who|where|which|is|are|do|does)\b(?! it (?:normal|ok|okay|"
    r"allowed|bad|wrong))"
)
# For the serious categories, only a question about what something is, or about people in general, is curiosity.
DEFINITION = re.compile(
    r"^(?:(?:starmind|robot|hey|hi|um|so|ok) )*(?:what (?:is|are|does|do|happens)|why (?:do|does|are|is) (?:people|some|"
    r"grownups|you|we|a|an|the)|how (?:do|does) (?:people|you|a|an|the|police|doctors)|who (?:are|is))\b"
)
WORD_QUESTION = re.compile(r"\b(?:meaning of|what does (?:the word )?(?:\w+ ){1,3}mean|how do (?:you|i) spell|spell the word)\b")
# "Why do we cry?" asks about everyone, not about the child.
GENERIC_WE = re.compile(r"\b(?:why|how|what|when) (?:do|does|did|can|should|are) we\b")
# Asking what anyone should do, or what was learned at school: information, answered by the model.
INFORMATION = re.compile(
    r"\b(?:what (?:should|do|would|can|are) (?:i|you|we|people|kids) (?:do|meant to do|supposed to do) (?:if|when)|"
    r"who (?:should|do|can) "
    r"(?:i|you|kids) (?:ask|tell|call)|how (?:can|do|could) (?:i|you|we) help (?:someone|a friend|people|my friend)|"
    r"whats the difference between|why (?:shouldnt|should|cant|mustnt|dont) (?:i|you|we|kids|children|people) (?:\w+ ){0,2}"
    r"strangers|(?:learned|learnt) (?:\w+ ){0,4}(?:at school|in class|today)|learned about|anti bullying|"
    r"what are you meant to|sex education|sex ed|in case (?:i|we|you) (?:\w+ )?get lost|if (?:we|i|you) (?:ever )?get lost|"
    r"(?:mum|dad|teacher|nan) "
    r"(?:says|said|told me) (?:that )?(?:my )?private parts are|teaching me)\b"
)
# A "but" that ends it well: "i was scared when the balloon popped but then i laughed", "but dad helped me".
BUT_OK = (
    r"\bbut (?:(?!nobody|no one|not|never|didnt|dont|doesnt|wont|cant|couldnt|still)\w+ ){0,5}(?:laughed|laughing|helped|"
    r"fixed|found it|found him|found her|found them|was fine|was ok|was okay|is ok|is okay|is fine|got better|was in|"
    r"turned out|loved it|liked it|had fun|got me|gave me|cheered|hugged|is better|feel better|felt better|was fun|"
    r"was good|was great|is good|was brilliant|made friends|said sorry|asked me|played with me|let me play|let me join|"
    r"sat with me|invited me|gave us|(?:go|went|go and|went and) play(?:ed)? with (?:someone|somebody|other|another|my))\b"
    r"|\bbut it (?:didnt last long|didnt hurt|wasnt "
    r"(?:bad|scary|real|that bad))\b|\bknew it wasnt real\b"
)
# Sensitive news that ends well ("... but it went ok", "... ages ago"): the model's kind words are enough.
RESOLVED = re.compile(
    r"\b(?:but (?:its|it was|it is) (?:ok|okay|fine|fun|funny|alright)|but im (?:ok|okay|fine|alright)|its so fun|but i like|"
    r"now im fine|went (?:ok|okay|well|fine)|we both laughed|used to be|but i helped|ages ago|years ago|a long time ago|"
    r"happy life|(?:shell|hell|theyll) be back|dead tired|legs are dead|dead after|back tomorrow|getting better|"
    r"feeling better|but now (?:im|i have|ive|i got|we are|were|we have|its|i like|i love|everything is|hes|shes)|"
    r"now we have|got me another|excited|"
    # With nothing harmful said (CALM): a fear faced ("but i did the climbing wall anyway"), a bad dream put to bed
    # ("mum said it wasnt real"), a settled week of two homes ("i see my dad at weekends and we go bowling"), and
    # what helps ("when i feel sad i draw and it helps").
    + CALM
    + r".*\b(?:but (?:i|we) (?:still )?(?:did|let|held|touched|stroked|went on|went down|went up|went in|climbed|tried|"
    r"jumped)\b(?!.*\b(?:cried|crying|cry|scared|shaking|again|never|dont|didnt|cant)\b)|(?:dream|dreams|nightmare|"
    r"nightmares)\b.*\b(?:(?:said|says) it (?:wasnt|isnt) real|went back to sleep)(?!.*\b(?:again|cant|couldnt)\b))\b|"
    + CALM
    + r"(?:my parents are (?:divorced|separated) (?:and )?|i live with my (?:mum|dad) (?:and )?)?(?:i )?(?:see|stay with|"
    r"visit) (?:my )?(?:dad|mum) (?:\w+ ){0,2}(?:weekend|weekends) (?:and )?we (?:go|went|have|do|play|watch|make|bake)\b"
    r"(?!.*\b(?:miss|sad|cry|cries|crying|only|argue|argues|arguing|fight|fighting|horrible)\b)|"
    r"\bwhen (?:i|im) (?:feel |get |am )?(?:\w+ )?(?:sad|upset|cross|angry|worried|lonely|scared|nervous|down) i "
    r"(?:\w+ ){1,4}(?:and|which) (?:it |that |this )?(?:really )?(?:helps|helps me|makes me feel better)$|"
    r"but i did it|is better now|(?:she|he|they) (?:was|were|is) "
    r"fine|before i was born|when i was a baby|funny stories|day of the dead|(?:see|saw|meet|met|visit|visited|getting|"
    r"got|having) (?:a |my |our |the )?new baby|came home by himself|came home by "
    r"herself|but i remembered|but it just|so i played|couldnt stop laughing|we all laughed|so i called|but i got|"
    r"second go|just silly|its just silly|haha|hehe|lol|jk|just kidding|only joking|both coming|"
    r"(?<!never )(?<!keeps )(?<!keep )(?:came|comes|coming) back|back on (?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)|im the funny one|"
    r"when i was (?:little|small|younger|a toddler|in reception|in nursery)|(?:shes|hes|theyre|she is|he is|they are) "
    r"(?:all |much |a lot |loads )?better (?:now|and)|home from (?:the )?hospital|out of hospital|coming home (?:tomorrow|"
    r"today|soon|next week|on)|(?:got|have|getting|get) a new (?:one|puppy|kitten|fish|goldfish|hamster|dog|cat|rabbit|"
    r"bunny)|but we (?:still )?(?:facetime|video call|call|phone|text|visit|see (?:him|her|them|each other))|(?:to have|"
    r"had|having) (?:her|his|a|their|the) baby|so i (?:gave (?:her|him|them) a (?:hug|cuddle)|cheered (?:her|him|them) up)|"
    r"(?:it was|its|that was) (?:so |really |super )?(?:fun|good|great|amazing|awesome)|(?:im|i am|i feel) (?:all |much |"
    r"a lot |loads )?better (?:now|today)|(?:will be|be) home (?:on|tomorrow|soon|next|by)|but then (?:i|we) (?:did it|went|"
    r"tried|had|got|loved|liked|did)|not (?:scared|afraid|frightened|worried) (?:of (?:\w+ ){1,2})?anymore|(?:friend|"
    r"friends|cousin|cousins) went home|after the (?:playdate|play date|party|sleepover)|but (?:my |the |a )?(?:\w+ ){0,2}"
    r"(?:helps|help me|makes it better)|but (?:i|we) (?:still )?(?:went|did it|tried|climbed|jumped|stroked|patted|rode|"
    r"managed|passed|finished)|but (?:my |the |his |her )?(?:\w+ ){0,2}(?:is|was|are|were) (?:really |so |very )?(?:friendly|"
    r"nice|kind|gentle)|but i think (?:ill|i will|i can|im going to) (?:do it|be ok|be okay|be fine|pass|win|manage)|"
    r"(?:mum|dad|nan|grandma|grandad|teacher|doctor|nurse) (?:says|said) (?:she|he|they) (?:will|can|is going to) (?:pay|"
    r"buy|get (?:me )?(?:a new|one|another))|(?:mum|dad|doctor|nurse|teacher|dentist) (?:says|said) (?:its|it is|thats|"
    r"that is) (?:normal|"
    r"fine|ok|okay|nothing)|so i (?:made|drew|wrote|sent|bought|picked|painted) (?:her|him|them) (?:a |some )?(?:card|"
    r"picture|drawing|letter|flowers|present)|(?:she|he|they|teacher|mum|dad) (?:sorted it|sorted it out|dealt with it)|"
    r"but (?:\w+ ){0,3}another one|but (?:it|they|he|she) (?:look|looks|looked) (?:really |so )?(?:nice|cool|"
    r"great|good|pretty|lovely|amazing)|(?:shes|hes|theyre|she is|he is|they are) doing (?:good|well|great|fine|better)|"
    r"(?:shes|hes|theyre|she is|he is|they are) (?:away )?on holiday|but i "
    r"(?:still )?love (?:him|her|them) (?:really|loads|lots)|but (?:she|he|they) still (?:knows|know|plays|play|"
    r"remembers|remember|recognises|reads|laughs)|but (?:its|it is) (?:a |only a |just a )?(?:small|little|"
    r"tiny|quick) one|(?:will|"
    r"is going to|"
    r"going to) (?:get|be) better|(?:vet|doctor|nurse) (?:says|said) (?:she|he|it|they) (?:will|is going to) be (?:ok|okay|fine)|"
    r"they both (?:come|came|"
    r"go|went|love|take|visit|watch)|but (?:we|i) (?:are|am|re|m|will|ll|can) (?:going|go|see|play|do) (?:\w+ ){0,2}"
    r"(?:tomorrow|next|on|at the weekend|sunday|saturday|after)|(?:moved|went|gone|going) (?:out |away )?to (?:uni|"
    r"university|college))\b|" + BUT_OK
)
# A last clause that ends it well in words of its own ("... but my dog cuddles me", "... but then they said yes",
# "... but it didnt"): after the last "but" or "now", a settled word and nothing worrying, unsure or secret.
TURN = re.compile(r"\b(?:but|now)\b")
SETTLED = re.compile(
    r"\b(?:ok|okay|fine|alright|fun|best|(?:i|we) (?:really )?(?:love|loved|like|liked)|cool|help|helps|helped|cuddle|"
    r"cuddles|cuddled|hug|hugs|hugged|ready|yes|great|good|happy|better|brave|safe|proud|nice|kind|excited|won|sorted|"
    r"amazing|awesome)\b"
)
UNSETTLED = re.compile(
    r"\b(?:not|no|nobody|never|dont|didnt|doesnt|wont|cant|couldnt|wasnt|isnt|still|again|every|always|anymore|worse|"
    r"hurt|hurts|hurting|scared|afraid|sad|cry|cried|crying|hate|hates|hit|hits|alone|lost|mean|upset|worried|angry|"
    r"shout|shouts|shouted|miss|missing|sick|ill|hospital|died|dead|die|scary|nightmare|nightmares|horrible|bad|only|"
    r"just|pretend|pretends|secret|secrets|keep|promise)\b"
)
FEARED_NOT = re.compile(r"\bbut (?:it|that|they|he|she) (?:didnt|wasnt|doesnt|isnt)$")  # "scared it would hurt but it didnt"


def ends_well(text: str) -> bool:
    """True when the message's last turn ("but ...", "now ...") settles what came before it."""
    turns = list(TURN.finditer(text))
    if not turns:
        return False
    last = text[turns[-1].end() :]
    return bool(FEARED_NOT.search(text)) or (bool(SETTLED.search(last)) and not UNSETTLED.search(last))


# What goes on and on ("i cry every night but my teddy helps"): no happy ending in the same message ends it.
PERSISTENT = re.compile(
    r"\b(?:every (?:night|day|morning)|all the time|always|anymore|any more|for (?:days|weeks|months|ages)|"
    r"no friends|nobody (?:likes|loves|plays|cares|wants))\b"
)
# Games, films and books: their deaths, fires and fights are not the child's (except grooming, which games carry).
FICTION = re.compile(
    r"\b(?:level|levels|zelda|mario|harry potter|mufasa|lion king|in the film|in the movie|in the story|in my story|"
    r"in the book|in my game|in the game|on fortnite|in fortnite|in minecraft|in roblox|on tv|in the show|cartoon|eastenders|"
    r"on the telly|in the soap|in the play|school play|in the song|on youtube|in the episode|in the comic|"
    # play: a game on a console or a table, and the fights of play ("punched by my friend in a boxing game")
    r"in (?:a|the|my|our) (?:\w+ ){1,2}game|(?:on|in) (?:the |my |our )?(?:wii|switch|xbox|playstation|ps4|ps5|"
    r"nintendo)|wii \w+|(?:at|playing) (?:uno|monopoly|chess|cards|snap|top trumps|dodgeball|board games?)|"
    r"in (?:a |the |our )?(?:water|pillow|snowball|nerf|play|food|foam) fight|dodgeball|laser tag)\b"
)
FIRST_PERSON = re.compile(r"\b(?:i|im|ive|id|me|my|mine|myself|we|us|our)\b")
# Without "my", these name the child's own family: "why does dad sleep on the sofa now".
FAMILY = re.compile(r"^(?:\w+ ){0,3}(?:mum|dad|nan|nanny|nana|grandma|grandad|grandpa|gran|step dad|step mum)\b(?! and dad)")
# "What do I do if a grown-up online says he'll hurt my family" asks for help with what is happening to the child.
HAPPENING = re.compile(r"\bwhat (?:should|do|can|shall) i do (?:if|when|now|because)\b(?=.*\b(?:my|me|mine)\b)")


@functools.lru_cache(maxsize=32)
def read(message: str) -> str:
    """The message as the rules read it: normalised, keyboard slips fixed. The brain reads each message up to three
    times (the rules, the second look, whether to sample), so the last few readings are kept."""
    return correct_typos(normalise(message))


# How sure the worry score must be that sad or worried news is ordinary before a rule's match is set aside: log-odds
# of -3, a chance of 1 in 20 that it is a concern (the model then answers it, most often kindly). Each of six sets by new
# authors (tune sets 8 to 11, fresh sets 4 and 5) scored in turn by a score trained without it: -3 set aside 38 more of
# their 230 rule-matched ordinary messages than -6 did, and 3 more of 2,335 concerns. Serious disclosures and unsafe
# requests are never set aside: a crisis reply a child did not need is far less harm than a child who said they are
# hurt being answered by the model.
VETO = -3.0
# The second look, the net under the model's reply to a worrying message, is only taken away where the score is surer
# still (log-odds of -6, 1 in 400): news set aside at -3 that the model answers with cheer still gets it.
SURELY_ORDINARY = -6.0
# As sure the other way (log-odds of +6): a message about the child the rules missed still gets the second look.
WORRIED = 6.0


def reads_ordinary(text: str, severity: str, logit=worry_score.logit, below: float = VETO) -> bool:
    """True when the worry score reads normalised `text`, which a rule of `severity` matched, as ordinary (log-odds
    below `below`). Only sensitive news can be: never a serious disclosure or an unsafe request, nor a message with an
    alarm in it ("hit me", "no food", "secret", "not breathing")."""
    return severity == SENSITIVE and not ALARM.search(text) and logit(text) < below


def check(message: str, helpline: str | None = None, veto: bool = True) -> Concern | None:
    """The first category (most serious first) whose rules match `message`, or None when it is ordinary. Sad or
    worried news that the worry score reads as surely ordinary ("i cried when we won the cup") is set aside, unless
    `veto` is False."""
    text = read(str(message))
    if not text:
        return None
    personal = bool(FIRST_PERSON.search(GENERIC_WE.sub("", text)) or FAMILY.search(text))
    # "what would you do if your dad hit you" asks for help, not information: it was read as "my dad hit me".
    informing = not ABOUT_YOU.match(text) and bool(INFORMATION.search(text) or WORD_QUESTION.search(text))
    curious = (bool(CURIOUS.match(text)) and not personal) or informing
    defining = (bool(DEFINITION.match(text)) and not personal) or (informing and not HAPPENING.search(text))
    resolved = bool(RESOLVED.search(text) or ends_well(text)) and not PERSISTENT.search(text)
    fiction = bool(FICTION.search(text))
    asking = ASKING_PATTERN.search(text) is not None  # shared by many rules: searched once
    for category, rules, asked, unless in _COMPILED:
        if unless is not None and unless.search(text):
            continue
        if category.severity == SENSITIVE and (curious or fiction):
            continue
        if category.severity == SERIOUS and (defining or (fiction and category.name != "grooming")):
            continue
        if fiction and category.name in ("harm_request", "danger_request"):  # "how do i beat him in wii boxing"
            continue
        if category.severity == SENSITIVE and resolved:
            continue
        if any(all(p.search(text) for p in rule) for rule in rules) or (
            asking and any(all(p.search(text) for p in rule) for rule in asked)
        ):
            if veto and reads_ordinary(text, category.severity):
                return None
            return Concern(category.name, category.severity, reply(category.name, text, helpline), str(message))
    return None


# The second look: a message with worrying words that the rules left to the model is answered whole, then checked.
# If the model's answer cheers, thanks, or points to no one, the child gets this instead.
TROUBLED = re.compile(
    r"\b(?:hurt|hurts|hurting|scared|afraid|frightened|terrified|worried|worry|worries|nervous|anxious|sad|cry|crying|cried|"
    r"upset|lonely|(?:all|left|so|always|completely|totally|really|very|feel|feeling|felt|on my own and) alone|alone (?:at|all|"
    r"again|every|in the (?:house|dark|flat))|(?:im|were|we are|i am) alone|(?:come|meet|meeting|chat|video chat|call) "
    r"(?:\w+ ){0,4}alone|(?:sit|sat|sitting|eat|eating|walk|walking|go home|left|leave me) alone|alone with (?:him|her|them|a|"
    r"the|my)|(?:black|thick|lots of|"
    r"loads of|so much|grey) smoke|smoke alarm (?:is )?(?:going|beeping|wont stop)|(?:been |started |keep |caught )smoking|"
    r"beer (?:all|every|again|and)|just beer|(?:my|dads|mums) beer|belt (?:\w+ ){0,2}(?:round|around) my neck|round my neck|die|"
    r"died|dead|death|dying|kill|killed|suicide|alive|hates|hospital|sick|ill|poorly|pills|tablets|medicine|bleach|poison|fire|"
    r"smoke (?:everywhere|coming|in (?:my|the|our))|smoky|stranger|strangers|bully|bullies|bullied|bullying|shouting|screaming|"
    r"drunk|naked|police|ambulance|punish|punished|locked (?:me|us|in|up|out)|locked (?:herself|himself|themselves) in|"
    r"locks (?:me|us)|"
    r"lock (?:me|us)|threaten|threatened|abuse|unsafe|danger|dangerous|nightmare|nightmares|pain|bleeding|bruise|bruises|(?:mum|"
    r"dad|brother|sister|nan|grandma|grandad|friend|he|she|they) (?:\w+ )?(?:is|are|has been|have been|went|has gone|"
    r"was) missing|missing (?:my|him|her|them|home)|(?:his|her|my|their|your|the|a) private|private (?:parts|part|bits|bit|area|"
    r"areas|places|place|photos|pictures|pics|messages|chat|chats|lessons)|(?:its|keep it|our|is) private|privates|touching|"
    r"touches|shout|shouts|yell|yelled|belted|(?<!full )(?<!top )(?<!good )(?<!high )(?<!extra )marks(?! out of| for| in (?:my|"
    r"the|our) (?:test|spelling|spellings|maths|exam|quiz))|(?:following|follows) (?:me|us)\b(?! (?:on (?:roblox|tiktok|"
    r"instagram|insta|youtube|twitch|fortnite|minecraft)|around the house))|being followed|followed (?:me|us)(?! (?:on|back))|"
    r"(?:send|sent|sends|sending|share|shares|sharing|post|posted|asked for|asks for|asking for|wants|wanted|money for|"
    r"vbucks for|robux for|presents for) (?:\w+ ){0,2}(?:picture|pictures|photo|photos|pic|pics|selfie|selfies|videos?)|"
    r"(?:picture|pictures|photo|photos|pic|pics|videos?|selfies?) (?:of my body|with no|without)|(?:pictures|photos|pics|"
    r"videos|selfies) of me|(?:take|took|takes|"
    r"taking) (?:\w+ ){0,2}(?:pictures|photos|pics|videos?) of me|clothes off|rude pictures?|naked photos?|punishment|jail|"
    r"divorce|divorced|split up|splitting up|argue|arguing|fighting|cancer|funeral|heaven|mean to (?:me|us)|mean (?:things|words|"
    r"names|messages|comments|stuff)|(?:they|he|she|everyone|people|kids|friends?|boys|girls) (?:are|is|were|was|keep being|"
    r"keeps being|being) (?:so |really |very |always )?mean|horrible|ugly|stupid|fat|laugh at me|laughing at me|left out|shaking|"
    r"(?:with|used|gets|got|took off) (?:his|her|the|a|my dads|my mums|dads|mums) belt|bleed|burn|cuts|needle|gun|weapon|drugs|"
    r"vape|court|social worker|angry (?:at|with) (?:me|us)|angry (?:and|when|at|he|she|they)|when (?:\w+ ){0,3}angry|(?:hes|shes|"
    r"theyre) angry|angry all the time|(?:im|i feel|i get|i was|i got) (?:so |really |very )?angry|not moving|isnt moving|"
    r"not breathing|cant breathe|wont wake|cant wake|unconscious|passed out|collapsed|home alone|no food|blood everywhere|"
    r"(?:lots|loads|so much) of blood|covered in blood)\b"
    r"|\bmiss\b(?! (?:the )?(?:summer|holidays?|bus|beach|sun|snow|seaside|pool|christmas|half term|park|game|match|party|"
    r"sleepover|film|show|start|end|train|goal|ball|shot|penalty)\b)"
    r"|\b(?:hit|hits|kick|kicks|kicked|punch|punched|punches|slap|slapped|smack|smacked|beat|beats|touch|touched|touches|"
    r"grab|grabbed|push|pushed|pushes|hurt|hurts) (?:me|my)\b"
    r"|\b(?:secret|secrets)\b(?!.*\b(?:surprise|birthday|present|christmas|mothers day|fathers day)\b).*\b(?:tell|mum|dad|"
    r"grownup|online)\b"
    r"|\bhate (?:me|myself|my life|being|living|it (?:here|at home|at school|when (?:mum|dad|they|he|she))|home|going|"
    r"school(?! (?:dinners?|lunch|lunches|food|uniform|shoes|photos|runs))|everyone|everything|each other|my (?:body|face|"
    r"family|dad|mum|brother|sister|step)|them|him|her|you)\b"
)
# Said so plainly that a game or a happy word nearby does not make it ordinary: "i dont feel like doing anything
# anymore not even football".
STRONG_WORRY = re.compile(
    r"\b(?:(?:nobody|no one) (?:\w+ )?(?:likes|loves|cares|wants|notices|noticed|listens|plays|played|talks|talked|came|"
    r"sits|sat)|(?:dont|never|didnt) feel like (?:doing|playing|eating|talking|going)|feel (?:like )?(?:forgotten|"
    r"invisible|different|a nobody|like nobody|unwanted|empty)|no friends(?! (?:\w+ ){0,3}yet\b)|hate myself|hate my life|"
    r"cant stop (?:thinking|"
    r"crying|worrying|shaking|seeing)|cant (?:get to )?sleep(?! (?:\w+ ){0,3}(?:excited|birthday|christmas|holiday|snoring|"
    r"snores|so hot|too "
    r"hot))|(?:so|really|too) (?:scared|frightened|afraid|worried) (?:i|"
    r"that i|to)|should go die|go die|kill yourself|kys)\b"
)
CHEERFUL = re.compile(
    r"\b(?:well done|great|wonderful|yay|happy for you|nice to know|glad|awesome|amazing|fantastic|brilliant|"
    r"congratulations|fun|cool|lovely|exciting|hooray|thanks for telling me|thank you for telling me)\b",
    re.IGNORECASE,
)
# A trusted grown-up named as someone to go to (not "your mum is called Anna").
TRUSTED = re.compile(
    r"\b(?:grown-?ups?|grown ups?|adults?|teachers?|carers?)\b|\b(?:tell|talk to|ask|go to) (?:a |your )?(?:mum|dad|parents?)\b",
    re.IGNORECASE,
)
# Games, sport, play, stories and slang: a worrying word here is not a worry.
BENIGN = re.compile(
    r"\b(?:lol|haha|lmao|joke|joking|game|games|level|minecraft|roblox|fortnite|pokemon|film|movie|cartoon|show|tv|"
    r"story|book|comic|poem|poems|pretend|pretending|dream|dreamt|zombie|monster|ghost|halloween|costume|football|ball|match|"
    r"goal|"
    r"team|race|tag|boxing|karate|judo|trampoline|pillow fight|play fight|water fight|water balloon|snowball|party|"
    r"bored|laughing|laughed|tickle|tickled|to die for|could die|dying to|killed it|beat me at|beat me in|punching bag|"
    r"lego|toy|toys|teddy|doll|spiderman|superhero|dinosaur|dragon|won|winning|score|scored|hockey|rugby|netball|cricket|"
    r"tennis|gymnastics|cross country|arm wrestling|chess|swing|swings|roundabout|seesaw|balloon|balloons|"
    r"we were (?:just |only )?playing|geometry dash|among us|fifa|sonic|animal crossing|terraria|brawl stars|bedwars|"
    r"subway surfers|clash royale|splatoon|smash bros|call of duty|nerf|water gun|water pistol|toy gun|laser tag|glue gun|"
    r"bubble gun)\b"
)
# Words that only sound worrying (figures of speech, fire drills, a doctor's medicine, the knocks of play): they do not
# count when nothing alarming (`ALARM`) is said with them.
FIGURES = re.compile(
    r"\b(?:dead (?:tired|funny|good|easy|boring|cool|hard|jealous|hungry)|(?:legs|leg|arm|arms|foot|feet|hand|hands|"
    r"fingers) (?:are |is |went |gone |feel |feels |were )?(?:dead|killing me)|(?:phone|tablet|ipad|battery|laptop|torch|"
    r"controller|remote|switch|ipod|kindle|computer)(?: battery)? (?:is |has |just |went |was |is about to |is going to |"
    r"gonna )?(?:died|dead|dying|die)|dead (?:bee|bird|fly|flies|spider|worm|wasp|mouse|hedgehog|crab|jellyfish|snail|slug|"
    r"butterfly|ladybird|leaves|leaf)|"
    r"character|respawn\w*|dinosaurs|the soldiers|remembrance|poppy day|poppies|the romans|the vikings|egyptians|titanic|"
    r"tudors|(?:plant|plants|flowers|tree|cactus|sunflower|tomatoes|seeds) (?:\w+ ){0,4}(?:died|"
    r"dead|dying)|tamagotchi|play(?:ed|ing)? dead|literally (?:die|died|dying)|in history|kings and "
    r"queens|dying out|extinct|zombies|pretend(?:ed|ing)? to be dead|(?:test|homework|maths|spelling|exam|run|race|walk|lesson|"
    r"that|it|this) (?:\w+ )?"
    r"(?:killed|is killing|was killing|killing) me|(?:will|gonna|going to|would) kill me if (?:im|i) (?:\w+ )?(?:late|tidy|"
    r"messy|forget|lose|break|spill|get mud|eat)|could kill for|kill for a)\b"
    # fire drills and firefighters, ambulances going past, jobs and doctors
    r"|\b(?:smoke from the (?:bbq|barbecue|bonfire|chimney|campfire|fire pit)|bbq|barbecue|(?:put|turned|turn|puts) the "
    r"fire on|fire (?:drill|drills|engine|engines|station|fighter|fighters|man|men|alarm test|practice|safety|brigade)|fireman|"
    r"firemen|firefighters?|fire of london|fireplace|campfire|bonfire night|on fire from|mouth (?:is |was )?on fire|"
    r"(?:fact|facts) about|log fire|(?:saw|seen|see|watched|heard|went past) (?:a |an |the )?(?:real |big )?(?:ambulance|"
    r"police car|fire engine|police officer|police)|(?:be|become) a (?:police officer|policeman|policewoman|doctor|nurse|"
    r"firefighter|paramedic|vet|dentist)|night shift|is a (?:nurse|doctor|paramedic)|works (?:at|in) (?:the |a )?hospital|"
    r"(?:doctor|doctors|nurse|dentist|chemist|pharmacist) (?:\w+ ){0,3}(?:gave|gives|give|prescribed|checked|pulled|"
    r"looked)|(?:went|been|took me) to the (?:doctor|doctors|dentist)|medicine for my \w+|inhaler|"
    r"injection|injections|jab|jabs|vaccine|vaccination|booster|blood test)\b"
    # the knocks of play, and a secret that is a surprise
    r"|\b(?:stubbed|splinter|grazed|scraped|little bump|small bump|just a bump|didnt (?:even )?hurt|doesnt hurt (?:anymore|"
    r"now)|hurt a (?:bit|little)|fell off (?:my )?(?:bike|scooter|skateboard|the trampoline|the swing|the climbing frame)|"
    r"bumped|bumping|from (?:kneeling|running|walking|dancing|falling|playing|my bike|my scooter|doing|writing|"
    r"practising|practicing|training)|by mistake|too many sweets|ate too "
    r"much|eaten too much|eating too (?:much|many)|bouncy castle|car sick|carsick|travel sick|wobbly tooth|cartwheel|"
    r"stopped bleeding|fell over|tripped over|without hurting|supply teacher|(?:high|locked|top) cupboard|out of reach|"
    r"in science|science lesson|experiment|sore throat|(?:medicine|it) tasted|out of the (?:bathroom|toilet)|when im poorly|"
    r"(?:with|got|has|have) (?:a|the) (?:cold|cough|flu|sniffle|sniffles|sore throat|temperature|tummy bug|bug)|"
    r"locked out of (?:my|the) (?:tablet|phone|ipad|account|game|computer|laptop)|by accident|"
    r"accidentally|teenager|touch my (?:toes|nose|knees|feet|head|ears)|beat (?:me|him|her|them|us|my \w+|everyone) at|"
    # a hand held to cross the road, a sibling's bedroom door, a sad book's ending, a sister's "i will die if"
    r"(?:held|holds|hold|grabbed|grabs|took|takes) my hand (?:to|when|so|and|at|while)|locked me out of (?:his|her|their) "
    r"(?:room|bedroom)|(?:made|make|lit|light|build|built) a (?:fire|bonfire|campfire) (?:\w+ ){0,4}(?:with|and) (?:my )?(?:dad|"
    r"mum|grandad|"
    r"nan|grownups|family|scouts|brownies|cubs)|works? (?:for|in|with) the police|(?:is|was) a (?:police officer|policeman|"
    r"policewoman)|sick (?:in|on) (?:the |a )?(?:car|cars|bus|buses|boat|boats|plane|planes|coach|coaches|ferry|ride|"
    r"rides)|(?:eyes|head) (?:\w+ )?(?:hurt|hurts|ache|aches) from (?:the )?(?:screen|screens|sun|chlorine|pool|music|noise|"
    r"reading|tablet|ipad|telly)|touching my (?:stuff|things|toys|lego|games|books)|happy tears|(?:class|school|we) (?:went|"
    r"visited|go) "
    r"(?:to )?(?:the )?(?:police|fire) station|(?:bruise|bruises|bump|scrape|graze|cut) (?:\w+ ){0,2}from (?:the |my |a )?"
    r"(?:climbing wall|climbing frame|trampoline|football|netball|rugby|hockey|karate|judo|gymnastics|pe|swing|swings|"
    r"slide|bike|scooter|skateboard|tree|match|training)|dead (?:mice|rats|rat|frog|frogs)|(?:cat|cats|dog|dogs|puppy|kitten|"
    r"pet|duck|ducks|"
    r"goose|chicken|chickens|lamb|pony) (?:\w+ ){0,2}(?:following|follows|followed) (?:me|us)|"
    r"(?:cried|cry|crying|sad|tears) (?:at|in) the (?:end|sad bit|sad part) of (?!(?:the )?(?:day|school|"
    r"night|term|week|party|holiday|my|our)\b)|(?:she|he|they|sister|brother|friend|cousin) (?:says|said) (?:she|he|they) "
    r"(?:will|would|ll) die if)\b"
)
# What no figure of speech or happy ending takes back: someone not moving, being alone, no food, touching, secrets.
ALARM = re.compile(
    r"\b(?:not moving|isnt moving|wont move|not breathing|cant breathe|wont wake|cant wake|unconscious|passed out|"
    r"collapsed|blood everywhere|(?:lots|loads|so much) of blood|covered in blood|bleeding (?:a lot|loads|everywhere|and)|"
    r"head is bleeding|(?:his|her|my|their|your|the|a) private|private (?:parts|part|bits|bit|area|areas|places|place|"
    r"photos|pictures|pics|messages|chat|chats|lessons)|(?:its|keep it|our|is) private|privates|touched me|touches me|"
    r"touching me|pretended to be asleep|home alone|on my own|by myself|all night|no food|hungry|starving|secret|"
    r"(?:photo|photos|picture|pictures|pic|pics|video|selfie) of me|send (?:a |him |her |them )?(?:photo|picture|pic|"
    r"selfie)|nobody|no one|lost|stranger|strangers|hits me|hit me|hurts me|hurt me|kicks me|kicked me|beat me up|"
    r"slaps me|slapped me|punched me|punches me|pushed me|pushes me|shoved me|drunk|twice|too many (?:tablets|pills|of)|"
    r"whole (?:bottle|packet)|"
    r"sleepy|confused)\b"
)
WORRY_REPLY = (
    "I'm sorry, that sounds hard. If something is wrong or you feel worried, please tell a grown-up you trust, like "
    "your mum, dad or a teacher. They can help, and it is always okay to tell."
)


def troubled(message: str) -> bool:
    """True when a message the rules left alone still says something worrying about the child: not a question about
    a word or about what anyone should do, not news that ended well, and (unless the worry is said plainly) not a
    game, a story, sport, a figure of speech or what the worry score reads as ordinary. What the score is sure is a
    worry is troubled, whatever its words."""
    text = read(str(message))
    if not (FIRST_PERSON.search(GENERIC_WE.sub("", text)) or FAMILY.search(text)):
        return False
    strong, alarm = bool(STRONG_WORRY.search(text)), bool(ALARM.search(text))
    if WORD_QUESTION.search(text) or (
        INFORMATION.search(text) and not (strong or ABOUT_YOU.match(text) or HAPPENING.search(text))
    ):
        return False
    if not alarm and (RESOLVED.search(text) or ends_well(text) or (SMALL_LOSS.search(text) and not strong)):
        return False
    if strong or worry_score.logit(text) >= WORRIED:
        return True
    if not TROUBLED.search(text) or BENIGN.search(text) or reads_ordinary(text, SENSITIVE, below=SURELY_ORDINARY):
        return False
    return alarm or not (FIGURES.search(text) or FICTION.search(text))


def worrying_words(message: str) -> bool:
    """True when a message holds any word of worry, whoever it is about and however it ends ("my teacher died",
    "they laugh at me when i cry"): such a message is answered with the model's likeliest words, never sampled."""
    text = read(str(message))
    return bool(TROUBLED.search(text) or STRONG_WORRY.search(text) or ALARM.search(text))


def second_look(message: str, answer: str) -> Concern | None:
    """A `Concern` when the model answered a troubled message with cheer, thanks alone, or no grown-up to tell."""
    if not troubled(message) or (TRUSTED.search(answer) and not CHEERFUL.search(answer)):
        return None
    return Concern("worry", SENSITIVE, WORRY_REPLY, str(message))


def tell_grown_ups(when_worried, concern: Concern | None) -> None:
    """Call a `when_worried` hook for a serious concern. A hook that fails never stops the child's answer: it warns."""
    if concern is None or not concern.serious or when_worried is None:
        return
    try:
        when_worried(concern)
    except Exception as err:  # noqa: BLE001 - whatever the hook does, the child still gets the kind reply
        warnings.warn(f"when_worried failed: {type(err).__name__}: {err}", stacklevel=3)


def reply(category: str, message: str = "", helpline: str | None = None) -> str:
    """A vetted reply for `category`; the same message always gets the same one."""
    entry = BY_NAME[category]
    text = entry.replies[zlib.crc32(message.encode("utf-8")) % len(entry.replies)]
    if entry.helpline:
        text += " " + (HELPLINE_NAMED.format(helpline=helpline) if helpline else HELPLINE)
    return text
