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

import re
import unicodedata
import zlib
from dataclasses import dataclass

SERIOUS, SENSITIVE, REQUEST = "serious", "sensitive", "request"

# The sentence added to replies about self-harm and abuse. Deployers name a real service with
# `Starmind(helpline="Childline on 0800 1111")`: no one country's number is right for every child.
HELPLINE = "There are also kind grown-ups whose job is to help children, and you can phone them for free."
HELPLINE_NAMED = "You can also phone {helpline}. They help children."


@dataclass(frozen=True)
class Concern:
    """What the safeguarding check found in a message."""

    category: str  # e.g. "self_harm", "bullying", "danger_request"
    severity: str  # "serious" (a grown-up should know), "sensitive" (kind words), or "request" (an unsafe ask)
    reply: str  # the vetted reply Starmind gives instead of the model's
    words: str  # what the child said

    @property
    def serious(self) -> bool:
        return self.severity == SERIOUS


@dataclass(frozen=True)
class Category:
    name: str
    severity: str
    rules: tuple  # each rule: a pattern, or a tuple of patterns that must all match
    replies: tuple[str, ...]
    unless: str = ""  # a pattern that means the message is about a game, a story, sport or slang
    helpline: bool = False  # add the helpline sentence to the reply


# Spellings children type, mapped to one form, after lower-casing and dropping apostrophes and punctuation.
SPELLINGS = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "wanna": "want to",
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
    (r"\bi have\b", "ive"),
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
    return text


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
    r"\b(?:can|could|should|may|shall) (?:i|we|me)\b|\bis it (?:ok|okay|safe|alright|fine|bad|good|fun|funny)\b|"
    r"\b(?:how|where|when) (?:do|can|could|would|should) (?:i|we|you)\b|\bhow (?:many|much)\b|"
    r"\bwhat (?:happens|would happen|if)\b|"
    r"\b(?:i|we) (?:want|wanna|need|would like|am going|m going|re going|will|ll|m gonna) to\b|\bim going to\b|"
    r"\blets\b|\blet me\b|\btell me\b|\bshow me\b|\bteach me\b|\bwhats the best way\b|\bbest way\b|\bhelp me\b|"
    r"\bwhat does (?:\w+ ){0,3}taste\b|\bi dare\b|\bdared me\b|\bwatch me\b|\bi will\b|\bim gonna\b"
)

CATEGORIES = [
    Category(
        "self_harm",
        SERIOUS,
        (
            r"\b(?:want|wanted|wish|wishing|going|try|tried|trying|think|thinking|thought|thoughts|plan|planning|ready|"
            r"like) (?:to |of |about )?(?:die|dying|be dead|kill myself|killing myself|end it all|end my life|"
            r"not be here|not exist|disappear forever|go away forever)\b",
            r"\b(?:dont|didnt|never|do not|no longer|not) (?:\w+ )?(?:want|wanna|like) (?:to )?(?:be alive|live|"
            r"be here anymore|exist|wake up|be in this world|live anymore)\b",
            r"\b(?:kill|killing|killed|hurt|hurting|hurts|cut|cutting|cuts|scratch|scratching|burn|burning|punch|"
            r"punching|hit|hitting|bang|banging|starve|starving|bite|biting) myself\b",
            r"\bsuicid\w*",
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
        ),
        (
            "I'm really glad you told me. You matter so much, and you don't have to feel this way on your own. Please "
            "tell a grown-up you trust right now, like your mum, dad, a teacher or a carer.",
            "Thank you for telling me. That sounds really hard, and you are not alone. Please go and tell a grown-up "
            "you trust right now, like your mum, dad, a teacher or a carer. They will want to help you.",
        ),
        unless=r"\b(?:minecraft|roblox|fortnite|character|avatar|laughing|lol|lmao|haha|dying to|phone|battery|tablet|ipad)\b",
        helpline=True,
    ),
    Category(
        "sexual_abuse",
        SERIOUS,
        (
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
        ),
        (
            "Thank you for telling me, that was very brave. Nobody is allowed to touch your private parts or make you do "
            "things that feel wrong. It is not your fault, even if they said it was a secret. Please tell a grown-up you "
            "trust, like a teacher or someone in your family, as soon as you can.",
        ),
        helpline=True,
    ),
    Category(
        "physical_abuse",
        SERIOUS,
        (
            rf"\b{HOME_ADULT} (?:\w+ ){{0,4}}{HURTS} {BODY}\b",
            rf"\b{HOME_ADULT} (?:\w+ ){{0,4}}{HURTS} (?:my )?(?:mum|dad|brother|sister|baby|little brother|little sister)\b",
            r"\b(?:get|got|getting|gets) (?:hit|beaten|smacked|hurt|kicked|slapped|punched|belted|whipped) (?:\w+ ){0,2}"
            r"(?:at home|by my|every|all the time|when|if|a lot|again|for)\b",
            r"\b(?:bruise|bruises|marks|cuts) (?:\w+ ){0,3}(?:from|because|where) (?:my )?(?:mum|dad|step dad|step mum|uncle|"
            r"he|she|they)\b",
            r"\b(?:hit|hits|hurt|hurts|beat|beats) me with (?:a|the|his|her) (?:belt|stick|shoe|slipper|spoon|cable|wire|hand)",
            r"\b(?:someone|he|she|they) (?:\w+ ){0,2}(?:hits|kicks|beats|hurts|punches|slaps|chokes|burns) me\b",
            rf"\b{HOME_ADULT} (?:\w+ ){{0,3}}(?:hit|hits|hurt|hurts|beat|beats|kicked|kicks) me\b",
        ),
        (
            "Nobody is allowed to hurt you, and it is not your fault. Thank you for telling me. Please tell a grown-up "
            "you trust, like a teacher, a carer or someone else in your family, as soon as you can.",
            "I'm so sorry that is happening. You did nothing wrong, and you deserve to be safe. Please tell a grown-up "
            "you trust, like a teacher or someone else in your family, as soon as you can.",
        ),
        unless=r"\b(?:ball|balls|pillow|play fight|playfight|tickle|tickles|high five|by accident|accidentally|game|"
        r"minecraft|roblox|fortnite|football|story|film|movie|pretend|lol|haha)\b",
        helpline=True,
    ),
    Category(
        "emotional_abuse",
        SERIOUS,
        (
            rf"\b{HOME_ADULT} (?:\w+ ){{0,3}}(?:says|said|tells me|told me|calls me|called me|keeps calling me|shouts|"
            r"shouted|screams|screamed|yells|yelled) (?:\w+ ){0,4}(?:stupid|ugly|worthless|useless|idiot|fat|a mistake|"
            r"nobody wants me|hates me|hate you|hate me|never been born|never born|dont love|doesnt love|not love|never wanted|"
            r"ruined|wish you|wish i|disgusting|pathetic|waste)",
            rf"\b{HOME_ADULT} (?:\w+ ){{0,2}}(?:hates|doesnt love|dont love|never loved|doesnt want|dont want|never wanted) me\b",
            r"\b(?:locks|locked|lock|shuts|shut) me (?:in|out|up)\b",
            rf"\b{HOME_ADULT} (?:\w+ ){{0,2}}(?:threatens|threatened|threaten) (?:me|to)\b",
            r"\b(?:says|said|say) (?:he|she|they) (?:will|would|is going to|are going to|gonna) (?:hurt|kill|hit|beat|"
            r"send me away|get rid of me) me\b",
            r"\b(?:says|said|say) (?:he|she|they) (?:will|would|is going to|are going to) (?:hurt|kill|hit|beat)\b",
            r"\b(?:scared|afraid|frightened|terrified) (?:to go|of going|to be) home\b",
            r"\b(?:scared|afraid|frightened|terrified) of (?:my )?(?:dad|mum|step dad|step mum|uncle|mums boyfriend|parents)\b",
            r"\b(?:not allowed|never allowed) to (?:eat|leave my room|come out|see my)\b",
        ),
        (
            "Nobody should talk to you like that or make you scared at home. It is not your fault, and you deserve to be "
            "safe and loved. Please tell a grown-up you trust, like a teacher or someone else in your family.",
        ),
        unless=r"\b(?:joking|joke|lol|haha|game|story|film|movie|minecraft|roblox)\b",
        helpline=True,
    ),
    Category(
        "grooming",
        SERIOUS,
        (
            r"\b(?:said|says|told me|tells me|asked me|asks me|wants me|wanted me|made me promise|makes me promise|"
            r"made me|makes me) (?:\w+ ){0,3}(?:not|never|dont) (?:to )?tell\b",
            r"\b(?:dont|not|never) tell (?:your|ur) (?:mum|dad|parents|family|teacher|mummy)\b",
            r"\b(?:our|a special|our special|our little|a big|a grownup) secret\b",
            r"\bkeep (?:it |this |a |our )?(?:\w+ )?secret (?:from|or)\b",
            (
                r"\b(?:online|internet|game|roblox|minecraft|fortnite|tiktok|snapchat|snap|whatsapp|instagram|insta|"
                r"discord|youtube|app|chat|message|messaged|messages|texted|texts|dm|dms|xbox|playstation|tablet|ipad|"
                r"phone|video call|call)\b",
                r"\b(?:photo|photos|picture|pictures|selfie|video of me|videos of me|camera|webcam|cam|facetime|video call|"
                r"address|where i live|which school|what school|where i go to school|meet me|meet up|come and meet|meet him|"
                r"meet her|meet them|my number|phone number|password|in my room|alone|my body)\b",
                r"\b(?:asked|asks|asking|wants|wanted|told|tells|keeps|kept|said|says|sent|sends|send|begged|begging)\b",
            ),
            (
                r"\b(?:gives|gave|buys|bought|giving|give|send|sent|sends|promised) me (?:\w+ ){0,2}(?:presents|present|gifts|"
                r"gift|sweets|money|robux|vbucks|v bucks|things|stuff|a phone|games)\b",
                r"\b(?:secret|dont tell|not tell|never tell|if i|only if|nobody knows|just us|in return)\b",
            ),
            (
                r"\b(?:man|lady|woman|stranger|grownup|adult|older|someone|guy|person|boy|girl|teenager)\b",
                r"\b(?:be my boyfriend|be my girlfriend|my boyfriend|my girlfriend|special friend|loves me|in love with me)\b",
                r"\b(?:online|game|secret|old|older|grownup|adult|years old|man|lady)\b",
            ),
        ),
        (
            "You did the right thing telling me. A grown-up should never ask a child to keep secrets from their family, "
            "send photos, or meet up. You won't be in trouble. Please tell a grown-up you trust, like your mum, dad or a "
            "teacher, right away, and don't reply to them.",
        ),
        unless=r"\b(?:surprise|present for|birthday|party|christmas|hide and seek)\b",
        helpline=True,
    ),
    Category(
        "neglect",
        SERIOUS,
        (
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
            r"\bno (?:bed|heating|water|electric|electricity) (?:at home|in my house)\b",
            r"\b(?:mum|dad|parents|step dad) (?:\w+ )?(?:is|are|was|were|gets|get) (?:always |too |so |really )?(?:drunk|"
            r"asleep all day|passed out|on drugs)\b",
            r"\bnobody (?:is|was) (?:\w+ )?home (?:for|all|since|at night|again)\b",
            r"\b(?:find|get|make) my own (?:food|dinner|breakfast|tea)\b",
            r"\beat (?:out of|from) the bin\b",
        ),
        (
            "I'm sorry, that sounds really hard. Every child should have enough food and someone to look after them, "
            "and it is not your fault. Please tell a grown-up you trust, like a teacher at school or someone in your "
            "family, so they can help.",
        ),
        unless=r"\b(?:game|minecraft|roblox|story|film|pretend|diet|fasting|ramadan|fast|lol)\b",
        helpline=True,
    ),
    Category(
        "danger",
        SERIOUS,
        (
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
            r"\b(?:got|get|had) (?:a |an )?(?:electric |electrical )?shock\b",
            r"\bbleeding (?:a lot|loads|everywhere|wont stop|and wont stop|really bad)\b",
            r"\b(?:i|we) (?:found|have|got|picked up) (?:\w+ ){0,3}(?:gun|needle|needles|syringe|bullets)\b",
            r"\b(?:i|we) (?:found|have|got) (?:\w+ ){0,3}(?:pills|tablets|lighter|matches) (?:\w+ ){0,4}(?:eat|eating|ate|"
            r"light|lit|swallow|play|playing)\b",
            r"\b(?:cant|can not) (?:breathe|wake (?:her|him|mum|dad|them) up)\b",
            r"\b(?:mum|dad|nan|grandma|grandad|baby|brother|sister) (?:\w+ )?(?:wont|will not|isnt|is not) (?:wake|waking|"
            r"breathing|moving)\b",
            r"\b(?:fell|fallen) (?:\w+ ){0,3}(?:and )?(?:cant move|hit (?:his|her|my) head|is not moving|isnt moving)\b",
        ),
        (
            "That could be really dangerous. Please tell a grown-up right now, even if you are worried about getting "
            "into trouble. If there is smoke or fire, get out and shout for help.",
        ),
        unless=r"\b(?:game|minecraft|roblox|fortnite|story|film|movie|book|pretend|cartoon|dream|in science|campfire with)\b",
    ),
    Category(
        "lost",
        SERIOUS,
        (
            r"\b(?:im|we are|were|got|get|getting|i got|i think im) (?:\w+ )?lost\b(?! (?:my|a|the|his|her|it|"
            r"in (?:a|the) (?:game|book|story)))",
            r"\b(?:cant|can not|couldnt) find (?:my )?(?:mum|dad|parents|grownup|teacher|nan|nanny|grandma|grandad|"
            r"family|way home|way back|sister|brother|class|group)\b",
            r"\blost (?:my )?(?:mum|dad|parents|grownup|nan|grandma|family)\b",
            r"\b(?:mum|dad|parents|nan|grandma) (?:\w+ )?(?:left me|drove off|went without me|forgot me|forgot to pick me)",
            r"\bnobody (?:came|has come|is coming) to (?:pick me up|get me|collect me)\b",
        ),
        (
            "Stay where you are, and stay calm: you are doing really well. Ask someone who works there, a police "
            "officer, or a grown-up with children to help you find your grown-up. Don't go off with a stranger.",
        ),
        unless=r"\b(?:game|minecraft|roblox|story|book|film|movie|pretend|maze|lol|lost the|lost my (?:tooth|teddy|toy|"
        r"ball|game|shoe|book|hat|coat|pencil|homework|place))\b",
    ),
    Category(
        "alone_or_stranger",
        SERIOUS,
        (
            (
                r"\b(?:home alone|on my own|by myself|nobody (?:else )?(?:is )?(?:home|here)|alone (?:at|in) (?:home|"
                r"the house|my house))\b",
                r"\b(?:knock|knocking|knocked|door|doorbell|bell|someone|stranger|man|lady|noise|noises|scared|frightened|"
                r"dark|night|window|outside|shouting|banging)\b",
            ),
            r"\b(?:stranger|strangers|a man|a lady|a woman|a person|someone|a car|a van|an old man|a guy|a big boy|"
            r"some men|men|people) (?:\w+ ){0,3}(?:following|followed|follows|chasing|chased|watching) (?:me|us)\b",
            r"\b(?:stranger|a man|a lady|a woman|someone|a guy|a person|he|she) (?:\w+ ){0,3}(?:offered|offering|wants to give|"
            r"gave|asked|told) (?:me|us) (?:\w+ ){0,2}(?:a lift|a ride|sweets|candy|to get in|to come with|to go with|"
            r"puppies|a puppy|to see (?:his|her) (?:puppy|dog|kittens))",
            r"\bget in (?:his|her|their|the|a) (?:car|van|truck)\b",
            r"\b(?:someone|a man|a stranger|a lady|somebody|a person|people) (?:is |are |keeps |was )?(?:at|knocking on|"
            r"banging on|trying to open|trying to get in|looking in) (?:the|my|our) (?:door|window|house|room)\b",
            r"\b(?:someone|a man|a stranger|a person|people) (?:is |are )?(?:in|inside) (?:our|the|my) (?:house|"
            r"garden|room|flat)\b",
            r"\b(?:grabbed|tried to grab|tried to take|pulled) me (?:\w+ )?(?:into|by|and)\b",
        ),
        (
            "Stay safe inside and don't open the door to anyone you don't know. Call or go to a grown-up you trust "
            "right now, like your mum, dad or a neighbour you know. If a stranger is following you, go to a shop or "
            "a busy place and ask for help.",
        ),
        unless=r"\b(?:game|minecraft|roblox|story|book|film|movie|pretend|cartoon|dream|hide and seek|dog|cat)\b",
    ),
    # Unsafe requests: the model declines these too, but the rule is surer.
    Category(
        "danger_request",
        REQUEST,
        (
            (
                ASKING,
                r"\b(?:pill|pills|tablet|tablets|medicine|medicines|capsules|vitamins|cough syrup|calpol|bleach|cleaning|"
                r"washing up liquid|washing powder|dishwasher|detergent|pods|poison|poisonous|mushrooms|toadstools|"
                r"stuff under the sink|matches|match|lighter|lighters|candle|candles|fire|fires|bonfire|campfire|"
                r"fireworks|firework|sparklers|gas|cooker|hob|oven|stove|plug|plugs|socket|sockets|wires|wire|cables|"
                r"electric|electricity|toaster|pylon|battery|batteries|magnets|petrol|lighter fluid|glue|paint thinner|"
                r"weedkiller|antifreeze|bottle in the shed|stuff in the shed|blue stuff|smoke alarm)\b",
                r"\b(?:eat|eating|drink|drinking|swallow|taste|try|take|have|lick|light|lighting|lit|burn|burning|play|"
                r"playing|touch|touching|poke|put|stick|pull|open|fix|use|using|turn on|make|start|set|climb|sniff|"
                r"spray|mix|find|get|loads|lots|all|many|keep|blow up|explode)\b",
            ),
            r"\btablets? (?:\w+ ){0,3}look(?:s)? like (?:sweets|candy|smarties)\b",
            r"\bmedicine (?:\w+ ){0,2}tastes? like (?:sweets|candy|juice)\b",
        ),
        (
            "Please don't. Medicines, cleaning things, fire and electricity can hurt you badly. Only a grown-up should "
            "use them, so please ask a grown-up you trust first.",
        ),
        unless=r"\b(?:blow out|birthday cake|work|works|made of|made from|invented|why do|why does|why is|fire engine|"
        r"fire fighter|firefighter|fire station|game|minecraft|roblox|pokemon|fire type|story|film|lego|pretend|"
        r"electric car|electric guitar|lightning|electric eel|toy)\b",
    ),
    Category(
        "harm_request",
        REQUEST,
        (
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
        ),
        (
            "Hurting people or animals is never okay, and I won't help with that. If you feel angry, or someone is "
            "hurting you, please talk to a grown-up you trust.",
        ),
        unless=r"\b(?:minecraft|roblox|fortnite|game|lego|paper|cardboard|pretend|toy|nerf|water gun|water pistol|"
        r"snowball|snowballs|ball|pinata|pillow|story|film|invented|history|tnt|bath bomb|bath bombs|seed bomb|"
        r"glitter bomb|bomb dive|mosquito|fly|flies|wasp|spider|ants|weeds|tag|piggy)\b",
    ),
    Category(
        "grown_up_topics",
        REQUEST,
        (
            r"\b(?:sex|sexy|sexual|porn|porno|pornography|nudes|nude pictures|naked (?:people|ladies|men|women|girls|boys|"
            r"pictures|photos|videos)|boobs|rude (?:videos|pictures|websites|sites)|dirty (?:videos|pictures|websites)|"
            r"adult (?:videos|films|websites|sites)|condom|condoms|onlyfans|horny)\b",
            (
                r"\b(?:can i|how do i|how can i|where can i|where do i|i want to|should i|lets|how to|buy|try|get|tell me|"
                r"teach me|show me|what does it feel like|whats it like|is it fun|how much)\b",
                r"\b(?:drugs|weed|cocaine|heroin|vape|vapes|vaping|cigarette|cigarettes|cigs|smoking|smoke|get drunk|drunk|"
                r"beer|vodka|wine|alcohol|booze|cider|gin|whisky|rum|high|joint|edibles)\b",
            ),
            r"\b(?:watch|see|show me) (?:\w+ ){0,3}(?:people (?:getting|being) (?:killed|hurt|shot)|beheaded|gore|"
            r"blood and guts)\b",
        ),
        ("That's a question for a grown-up you trust, like your mum, dad or a teacher. Let's talk about something else!",),
        unless=r"\b(?:smoke alarm|chimney|volcano|fire|bbq|barbecue|salmon|smoked|high five|high score|jump high|"
        r"how high|so high|really high|higher)\b",
    ),
    Category(
        "risky_request",
        REQUEST,
        (
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
        ),
        ("That could put you in danger, so please don't. Talk to a grown-up you trust, like your mum, dad or a teacher, first.",),
        unless=r"\b(?:game|minecraft|roblox|story|film|pretend|lego|in my game)\b",
    ),
    # Sensitive news: kind words, never "Well done!".
    Category(
        "bullying",
        SENSITIVE,
        (
            r"\b(?:bully|bullies|bullied|bullying|bulling)\b",
            r"\b(?:kids|children|boys|girls|someone|people|everyone|a boy|a girl|they|he|she|my (?:\w+ )?(?:friend|friends|"
            r"classmates|brother|sister|cousin)|\w+ in my class|the (?:big|older) (?:kids|boys|girls)|at school|in class|"
            r"on the bus|at break|at lunch|at playtime) (?:\w+ ){0,4}(?:hit|hits|kick|kicks|kicked|push|pushes|pushed|punch|"
            r"punched|punches|hurt|hurts|tease|teases|teased|teasing|laugh at|laughed at|laughs at|laughing at|make fun of|"
            r"made fun of|makes fun of|pick on|picks on|picked on|spit on|spat on|trip|tripped|pinched|pinch|bit|bite|"
            r"shoved|shove|threw (?:\w+ ){0,2}at|throw (?:\w+ ){0,2}at|slapped|slap|scratched|steal|stole|took|takes|ripped|"
            r"broke) (?:me|my)\b",
            r"\b(?:call|called|calls|calling) me (?:\w+ )?(?:names|stupid|ugly|fat|weird|loser|baby|dumb|idiot|horrible|"
            r"nasty|freak|smelly|four eyes|a \w+|an \w+)\b",
            r"\b(?:left|leave|leaves|leaving) me out\b",
            r"\b(?:nobody|everyone|no one|none of them) (?:\w+ )?(?:wants|wanted|will|would|lets|let) (?:to )?(?:play|sit|"
            r"talk|be friends) with me\b",
            r"\b(?:mean|nasty|horrible|rude|unkind) (?:\w+ )?(?:to me|messages|comments|things about me|about me|notes)\b",
            r"\b(?:everyone|they|the kids|people|my class) (?:\w+ )?(?:hate|hates|ignore|ignores|ignored) me\b",
            r"\b(?:posted|sharing|shared|sent) (?:\w+ ){0,3}(?:picture|photo|video) of me\b",
        ),
        (
            "I'm sorry that happened. Nobody should hurt you or be mean to you, and it is not your fault. Please tell a "
            "grown-up you trust, like your teacher, mum or dad, so they can help make it stop.",
        ),
        unless=r"\b(?:game|minecraft|roblox|fortnite|story|film|movie|book|ball|football|tag|pretend|pillow|joke|lol)\b",
    ),
    Category(
        "home_conflict",
        SENSITIVE,
        (
            r"\b(?:mum|dad|parents|mum and dad|dad and mum|step dad|step mum|grownups) (?:\w+ ){0,3}(?:fight|fighting|fought|"
            r"fights|argue|arguing|argued|argues|shout at each other|shouting at each other|scream at each other|screaming at "
            r"each other|yell at each other|yelling at each other|shout all|shouting all|shouting a lot|shout a lot|"
            r"keep shouting|always shouting|scream all|screaming|smash|smashing|throwing things)\b",
            r"\b(?:getting|got|get|are|is) (?:a )?(?:divorce|divorced|separated|splitting up|split up|breaking up)\b",
            r"\b(?:mum|dad) (?:\w+ )?(?:moved out|left us|left home|walked out|doesnt live with us|went away|is leaving|"
            r"is moving out|left and)\b",
            r"\b(?:mum|dad|brother|sister|uncle) (?:\w+ )?(?:is|went|got sent|has gone) (?:in |to )?(?:prison|jail)\b",
            r"\b(?:shouting|screaming|fighting|arguing) (?:at home|in my house|every night|downstairs)\b",
        ),
        (
            "I'm sorry, that sounds hard. When grown-ups argue or families change, it is never your fault. Talking to a "
            "grown-up you trust, like a teacher or someone in your family, can really help.",
        ),
        unless=r"\b(?:game|story|film|movie|pillow fight|play fight|water fight|snowball|joke|lol)\b",
    ),
    Category(
        "grief",
        SENSITIVE,
        (
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
        ),
        (
            "I'm so sorry. It's okay to feel sad when someone you love is poorly or has died. Please talk to a grown-up "
            "you trust, like your mum, dad or a teacher, and ask for a big hug.",
        ),
        unless=r"\b(?:game|minecraft|roblox|fortnite|pokemon|character|story|film|movie|book|cartoon|dream|battery|"
        r"phone|tablet|ipad|plant|plants|flowers|lol|haha|laughing|pretend|dinosaurs|dinosaur|sick trick|sick skills|"
        r"sick goal|sick of|was sick on|history|years ago|die laughing|died laughing|toy)\b",
    ),
    Category(
        "fear",
        SENSITIVE,
        (
            r"\b(?:im|i feel|i get|i was|i got|i have been|ive been|feeling|makes me|made me|making me|so|really|very|"
            r"too) (?:\w+ ){0,2}(?:scared|afraid|frightened|terrified|worried|nervous|anxious|panicky|panicking|worrying)\b",
            r"\b(?:nightmare|nightmares|bad dream|bad dreams|scary dreams)\b",
            r"\b(?:cant|can not) stop (?:worrying|thinking about|crying|shaking)\b",
            r"\b(?:cant|can not) sleep (?:\w+ ){0,3}(?:worry|worried|scared|thinking|afraid)",
            r"\bi worry (?:about|that|all|a lot|so)\b",
            r"\bpanic attack\b",
        ),
        (
            "I'm sorry you feel worried. Lots of people feel like that sometimes, and it's okay. Try taking three slow, "
            "deep breaths, and tell a grown-up you trust, like your mum, dad or a teacher, so they can help.",
        ),
        unless=r"\b(?:not scared|not worried|wasnt scared|wasnt worried|never scared|not afraid|game|film|movie|story|"
        r"brave|fun|lol|haha|pretend|was scared but)\b",
    ),
    Category(
        "sadness",
        SENSITIVE,
        (
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
        ),
        (
            "I'm sorry you feel sad. Your feelings matter, and I'm here to talk. Please tell a grown-up you trust, like "
            "your mum, dad or a teacher. Talking about it can really help.",
        ),
        unless=r"\b(?:not sad|wasnt sad|sad story|sad song|sad film|sad movie|sad face|game|pretend|lol|haha|story|"
        r"film|movie|book)\b",
    ),
]


def _compile(rule) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in ((rule,) if isinstance(rule, str) else rule))


_COMPILED = [(c, [_compile(rule) for rule in c.rules], re.compile(c.unless) if c.unless else None) for c in CATEGORIES]
BY_NAME = {c.name: c for c in CATEGORIES}


def check(message: str, helpline: str | None = None) -> Concern | None:
    """The first category (most serious first) whose rules match `message`, or None when it is ordinary."""
    text = normalise(message)
    if not text:
        return None
    for category, rules, unless in _COMPILED:
        if unless is not None and unless.search(text):
            continue
        if any(all(p.search(text) for p in rule) for rule in rules):
            return Concern(category.name, category.severity, reply(category.name, text, helpline), str(message))
    return None


def reply(category: str, message: str = "", helpline: str | None = None) -> str:
    """A vetted reply for `category`; the same message always gets the same one."""
    entry = BY_NAME[category]
    text = entry.replies[zlib.crc32(message.encode("utf-8")) % len(entry.replies)]
    if entry.helpline:
        text += " " + (HELPLINE_NAMED.format(helpline=helpline) if helpline else HELPLINE)
    return text
