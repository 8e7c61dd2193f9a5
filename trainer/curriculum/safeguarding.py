"""A child who says something is wrong (hurt, abused, scared, sad, unsafe) gets the vetted safeguarding reply.

Disclosures are built from parts (frames with {x}, fills, and shared slots such as {adult} or {place}), in the words
children type, and answered with exactly the fixed text of the runtime rule layer (`starmind_edge.safeguarding`), so
the model says the same thing when a message slips past the rules. Contrast examples keep that reply for the
children who need it: slang, games, stories, play, happy news and curious questions get ordinary, kind answers, and
unsafe requests get the request reply, so "i killed it at football" or "how do i hit my brother" is no disclosure.
"""

from __future__ import annotations

import random

from starmind_edge import safeguarding as rules

from .example import Example
from .phrasing import childify, pick


def _pairs(verbs: str, things: str) -> list[str]:
    """Every "verb thing" phrase from two comma-separated lists, verbs outermost."""
    return [f"{verb} {thing}" for verb in _split(verbs) for thing in _split(things)]


def _split(text: str) -> list[str]:
    """A comma-separated list of phrases, written compactly (a phrase may wrap onto the next line)."""
    return [" ".join(part.split()) for part in text.split(",") if part.strip()]


# Share of this skill's examples that are contrasts (not disclosures), and how those contrasts divide.
CONTRAST_SHARE = 0.35
CONTRAST_KINDS = {"ordinary": 0.55, "curious": 0.13, "request": 0.32}

# Slots shared by the frames below: a frame's {x} takes a fill, then every {slot} takes a random value.
SLOTS = {
    "adult": _split("""my dad, my mum, dad, mum, my step dad, my step mum, my mums boyfriend, my dads girlfriend, my uncle,
        my auntie, my grandad, my nan, my babysitter, my carer, my foster mum, my big cousin, the man who lives with us"""),
    "person": _split("""my uncle, my step dad, my babysitter, my big cousin, my mums friend, a man, a lady, my coach,
        the man next door, my grandad, someone, a grown up, a big boy, my dads friend, a teenager, my brothers friend"""),
    "online": _split("""someone in roblox, a man online, a person in my game, someone on tiktok, a girl online who says shes 12,
        a boy in fortnite, someone on my tablet, a grown up in the chat, someone i met in minecraft, my online friend,
        a man on my xbox, a person on snapchat, someone who messages me, a boy i met online, a man in my game chat"""),
    "parent": _split("mum, dad, my mum, my dad, my parents, my step dad, my carer, my nan, my foster dad, my step mum"),
    "parents": _split("""my mum and dad, mum and dad, my parents, my mum and step dad, my dad and his girlfriend,
        my mum and her boyfriend, my nan and grandad, my dad and step mum"""),
    "grownup": _split("mum, dad, my mum, my dad, my nan, my teacher, my grown up, my big sister, my family, my class, my auntie"),
    "who": _split("i, i think i, my little brother, my baby sister, the baby, my friend, my cousin, my sister, my brother"),
    "kids": _split("""the kids at school, the big girls, the older boys, my friends, everyone in my class, some kids at break,
        the boys in my year, the girls on the bus, the kids in my street, people in my class, the year six kids"""),
    "one_kid": _split("a boy in my class, a girl in my class, a big boy, this girl, this kid, a boy on the bus, my friend"),
    "stranger": _split("""a man, a lady, a stranger, a man i dont know, a lady i dont know, a person in a car, a man in a van,
        an old man, some big men, a woman, someone i dont know"""),
    "when": _split("""every day, all the time, when hes angry, when shes cross, when mum is at work, at night, last night,
        again today, when i do something wrong, a lot, most nights, yesterday, when nobody is looking, at the weekend"""),
    "body": _split("arm, leg, face, back, tummy, head, neck, hand, ear, legs, arms"),
    "insult": _split("""stupid, useless, ugly, a mistake, worthless, fat and stupid, a waste of space, an idiot, a bad boy,
        a bad girl, disgusting, a horrible child, nothing"""),
    "loved": _split("""nan, grandad, grandma, granny, dog, cat, hamster, rabbit, uncle, auntie, best friend, baby brother,
        goldfish, guinea pig, grandpa, nanny, dad, mum, puppy, great grandma, cousin, tortoise"""),
    "place": _split("""shops, supermarket, park, beach, zoo, fair, shopping centre, train station, museum, funfair,
        swimming pool, market, airport, bus station, festival, woods, big shop"""),
    "worry": _split("""my test, going to school, the news, mum being sick, starting a new school, burglars, my dad being away,
        something bad happening, everything, my family, getting told off, being sick, my mum, the war, dying"""),
    "reason": _split("""everyone hates me, im always in trouble, nobody likes me, school is too hard, everyone is always cross
        with me, im no good at anything, im so lonely, nobody listens to me, i mess everything up, my friends left me"""),
    "meal": _split("breakfast, dinner, lunch, tea, food, a proper meal, a hot meal"),
    "sad": _split("sad, lonely, upset, unhappy, empty, really down, miserable, like crying, invisible, left out, awful"),
    "noise": _split("""someone is knocking on the door, theres banging outside, i can hear noises downstairs,
        someone is trying to open the door, a man is at the window, someone keeps ringing the bell, someone is shouting
        outside, a stranger is in our garden"""),
}

# What a child says before and after telling; LEADS open contrasts too, so they never mean "disclosure" alone.
LEADS = _split("""can i tell you something, i need to tell you something, i have to tell you something, so basically,
    i want to tell you something, you know what, this is hard to say but, promise you wont be cross but, um so,
    i have a secret, dont laugh but, so you know what""")
TAILS = _split("""and i dont know what to do, what do i do, i didnt tell anyone, please help, i dont know who to tell,
    and it happens a lot, i dont know if i should say, is that normal, im not lying, but please dont tell, and it keeps happening,
    what should i do, i havent told anyone, and im scared to tell, can you help me, is that bad""")

# Disclosures by category: each a list of (frames with {x}, fills). Fills may use the slots above.
DISCLOSURES = {
    "self_harm": [
        (
            _split("{x}, sometimes {x}, i think {x}, {x} because {reason}, i feel like {x}, {x} every day, {x} at night"),
            _split("""i want to die, i dont want to be alive anymore, i want to kill myself, i wish i was never born,
                i wish i was dead, i want to disappear forever, i dont want to be here anymore, i dont want to wake up tomorrow,
                i want to go to sleep and never wake up, everyone would be better off without me, nobody would care if i was gone,
                i want to end my life, i want to stop being alive, i shouldnt be alive, i dont want to live anymore,
                there is no point living, i want to not exist, i dont want to be in this world"""),
        ),
        (
            _split("{x}, {x} when im sad, {x} and nobody knows, {x} because {reason}, {x} {when}, sometimes {x}"),
            _split("""i hurt myself on purpose, i cut myself, i scratch my arms till they bleed, i hit myself, i bang my head on
                the wall, i pull my hair out, i hurt myself so the sad goes away, i burn myself, i starve myself on purpose,
                i bite myself really hard, i punch myself"""),
        ),
        (
            _split("""i keep thinking about {x}, i think about {x} a lot, i dream about {x}, {x} is all i think about,
                i cant stop thinking about {x}"""),
            _split("""dying, killing myself, jumping off the bridge and dying, not being alive, going away forever and never
                coming back, hurting myself, ending my life"""),
        ),
        (
            _split("{x}, {x} and i feel really bad, {x} so much, {x} because {reason}"),
            _split("i hate myself, i hate being alive, i hate being me and i want to die, my life is not worth living"),
        ),
    ],
    "sexual_abuse": [
        (
            _split("""{x}, {x} and said not to tell, {x} and i feel yucky, {x} and i didnt like it, {x} {when},
                i dont know if im allowed to say but {x}, {x} and said its our secret, {x} and said it was a game,
                {x} and said id get in trouble if i tell"""),
            _split("""{person} touched my private parts, {person} touches me where my pants go, {person} touches me in a way
                i dont like, {person} touched me under my clothes, {person} touched my bum and i didnt want them to,
                {person} makes me touch his private parts, {person} comes in my bed at night and touches me,
                {person} gave me a bad touch, {person} took pictures of me with no clothes on, {person} made me take my clothes
                off, {person} showed me rude videos, {person} kisses me and i dont want them to, {person} touched me down there,
                {person} does things to my body that feel wrong, {person} showed me his private parts, {person} made me look
                at rude pictures, {person} touched my chest and it felt wrong, {person} wants me to take my pants off,
                {person} watches me in the bath and it feels wrong, {person} puts his hand in my pants"""),
        ),
    ],
    "physical_abuse": [
        (
            _split("""{adult} {x}, {adult} {x} {when}, {adult} {x} and says its my fault, i dont want to go home because {adult}
                {x}, {adult} gets really angry and {x}, is it normal that {adult} {x}, {adult} {x} and i have bruises,
                {adult} {x} and i cry, {adult} always {x}"""),
            _split("""hits me, kicks me, slapped me, punches me, hurts me, smacks me really hard, pushed me down the stairs,
                pulls my hair, grabbed my arm really hard, threw a plate at me, chokes me, beat me up, hits me with a belt,
                shakes me really hard, squeezes my arm till it hurts, bangs my head on the wall, hit me with a shoe,
                hits my little brother and me, burned me on purpose, throws things at me, dragged me up the stairs,
                hits me with a spoon, punched me in the face"""),
        ),
        (
            _split("""i have a bruise on my {body} because {adult} {x}, my {body} hurts because {adult} {x},
                {adult} {x} and now my {body} hurts, {adult} {x} and left a mark on my {body}"""),
            _split("hit me, grabbed me, kicked me, punched me, slapped me, pushed me into the wall, hurt me, twisted my arm"),
        ),
        (
            _split("{x}, {x} {when}, i get hurt at home {when}"),
            _split("""i get hit at home, i get smacked really hard when i do something wrong, i get beaten when {adult} is
                angry, i get hurt by {adult}, i get kicked by {adult}, i have to say i fell over so nobody knows {adult}
                hit me"""),
        ),
    ],
    "emotional_abuse": [
        (
            _split("{adult} {x}, {adult} {x} {when}, {adult} {x} and i feel really bad, {adult} {x} and i cry in my room"),
            _split("""says im {insult}, calls me {insult}, keeps calling me {insult}, shouts at me and says im {insult},
                told me they wish i was never born, says nobody wants me, says they dont love me, said they hate me,
                locks me in my room, locked me outside in the cold, says they will send me away, wont let me eat with everyone,
                says everyone would be happier without me, screams at me till i cry, said ill get hurt if i tell,
                says im the worst child ever, threatens to hurt me, said they will throw me out, wont let me come out of
                my room, says its my fault mum left"""),
        ),
        (
            _split("{x}, {x} because {adult} is so angry, {x} {when}"),
            _split("im scared to go home, im scared of {adult}, im frightened to be home, i am afraid to go home"),
        ),
    ],
    "grooming": [
        (
            _split("{online} {x}, {online} {x} is that ok, {online} {x} and i dont know what to do, {online} {x} should i"),
            _split("""asked for a picture of me, wants me to send a photo in my pyjamas, wants to meet me at the park and said
                dont tell my mum, says im their girlfriend now, says we have a special secret, asked where i live,
                asked what school i go to, wants to video call when im alone in my room, gave me robux and said dont tell
                anyone, keeps sending me presents and says its our secret, told me to delete our messages, asked me to keep
                our chats secret from my parents, said they love me and im really grown up for my age, wants me to turn my
                camera on in my room, asked if im home alone, wants a photo of my body, said not to tell my mum and dad we
                talk, wants to be my boyfriend and hes a grown up, asked for my phone number and said keep it secret,
                wants to meet me and said to come on my own, sent me a picture and asked for one back"""),
        ),
        (
            _split("{person} {x}, {person} {x} is that ok, {person} {x} and i feel funny about it"),
            _split("""buys me sweets and says dont tell, says he is my special friend, gives me money if i keep a secret,
                said we have a secret and i cant tell mum, made me promise not to tell anyone, gives me presents and says
                its just for us, wants me to come to his house on my own, says i am his girlfriend, told me not to tell my
                parents about our secret"""),
        ),
    ],
    "neglect": [
        (
            _split("{x}, {x} again, {x} and im so hungry, is it normal that {x}, {x} and my tummy hurts"),
            _split("""there is no {meal} at home, i havent had {meal} since yesterday, nobody makes me {meal},
                there is never any food in my house, i didnt have {meal} today, i have to find my own food,
                i havent had anything to eat all day, nobody gives me {meal}, we have nothing to eat, i eat food out of the
                bin, i only get {meal} at school"""),
        ),
        (
            _split("{x}, {x} and im only little, {x} and i dont like it, {x} a lot"),
            _split("""{parent} leaves me on my own all night, {parent} didnt come home last night, {parent} leaves me home
                alone all weekend, nobody looks after me, nobody looks after me and my little brother, {parent} is always
                asleep and nobody makes breakfast, {parent} is drunk all the time and forgets about me, i dont have any clean
                clothes for school, we have no heating at home and its so cold, nobody washes my clothes and kids say i
                smell, {parent} hasnt been home for two days, {parent} forgets to feed me, i have to look after the baby by
                myself all night, {parent} stays out all night and i am on my own"""),
        ),
    ],
    "danger": [
        (
            _split("{x}, help {x}, {x} what do i do, {x} and nobody is here, quick {x}, {x} and i dont want to get in trouble"),
            _split("""{who} ate some pills, {who} swallowed a battery, {who} drank some bleach, {who} swallowed a magnet,
                {who} ate a washing pod, {who} drank the stuff under the sink, {who} took loads of mums tablets,
                {who} ate berries from the bush, {who} ate a mushroom from the garden, {who} drank the cleaning spray,
                {who} ate the medicine that looks like sweets, {who} drank dads beer, {who} swallowed some glue,
                {who} ate nans tablets, {who} drank the whole bottle of medicine"""),
        ),
        (
            _split("{x}, help {x}, {x} what do i do, {x} right now, quick {x}, {x} and mum is asleep, {x} and im on my own"),
            _split("""there is smoke coming from the kitchen, the toaster is on fire, my curtains caught fire, i can smell gas,
                there is a fire in my house, the pan is on fire, i lit a match and the bin is on fire, i touched the plug and
                it gave me a shock, i put my finger in the socket and it buzzed, i got an electric shock, {parent} fell down
                and wont wake up, my grandad isnt breathing properly, my brother fell off the wall and hit his head,
                im bleeding a lot and it wont stop, my baby sister is choking, i found a needle in the park,
                {parent} is on the floor and wont wake up, my nan fell over and cant get up, my brother fell in the pond,
                i found a gun under the bed, there is smoke upstairs"""),
        ),
    ],
    "lost": [
        (
            _split("{x}, help {x}, {x} at the {place}, {x} and im scared, {x} what do i do, i think {x}, {x} in the {place}"),
            _split("""im lost, i cant find {grownup}, i lost {grownup}, i dont know where i am, i cant find my way home,
                i got lost, i cant see {grownup} anywhere, {grownup} is gone and i cant find them, i dont know where
                {grownup} went, we got lost and my phone is nearly dead, i cant find my way back"""),
        ),
        (
            _split("{x}, {x} and im scared, {x} what do i do, {x} and its getting dark"),
            _split("""i went to look at the toys and now i cant find {grownup}, {grownup} was here and now they are gone,
                nobody came to pick me up from school, {grownup} drove off without me, i was at the {place} and i lost my
                family, {grownup} went without me"""),
        ),
    ],
    "alone_or_stranger": [
        (
            _split("{x}, {x} right now, {x} what do i do, help {x}, {x} and im scared, {x} on the way home"),
            _split("""{stranger} keeps following me, {stranger} is following me home, {stranger} asked me to get in the car,
                {stranger} said my mum sent them to get me, {stranger} offered me sweets to go with them, {stranger} said
                they have puppies in the van, {stranger} grabbed my arm and tried to pull me, {stranger} is watching me at
                the {place}, {stranger} tried to take me, {stranger} asked me to help find their dog and come with them,
                {stranger} said they would give me a lift home, a car keeps following me home from school"""),
        ),
        (
            _split("{x}, {x} right now, {x} what do i do, help {x}, {x} and im scared"),
            _split("""im home alone and {noise}, im by myself and {noise}, nobody is home and {noise}, im on my own and
                {noise}, mum is out and {noise}, im on my own and its dark and mum isnt back"""),
        ),
    ],
    "bullying": [
        (
            _split(
                "{kids} {x}, {kids} {x} every day, {kids} {x} and i dont want to go to school, {kids} {x} and it makes me cry"
            ),
            _split("""call me names, push me over, laugh at me, wont let me play, take my lunch, pick on me, say im ugly,
                hit me at playtime, make fun of my clothes, spit on me, say mean things about me online, tell everyone not to
                play with me, steal my things, leave me out of everything, trip me up in the corridor, say i smell,
                make fun of my hair"""),
        ),
        (
            _split("{one_kid} {x}, {one_kid} {x} and the teacher didnt see, {one_kid} {x} again, {one_kid} {x} at break"),
            _split("""pushed me over, called me fat, broke my glasses, put a mean picture of me in the group chat, punched
                me, keeps making fun of me, took my bag and threw it in the bin, said nobody likes me, tripped me up on
                purpose, keeps hitting me, said they will beat me up after school"""),
        ),
        (
            _split("{x}, {x} at school, {x} and i dont know why, {x} {when}"),
            _split("im being bullied, i get bullied, someone keeps bullying me, everyone in my class ignores me"),
        ),
    ],
    "home_conflict": [
        (
            _split("""{parents} {x}, {parents} {x} and i think its my fault, {parents} {x} and i cant sleep,
                {parents} {x} and i hide in my room, {parents} {x} every night"""),
            _split("""fight all the time, shout at each other, are getting divorced, are splitting up, keep arguing,
                are always shouting, argue every night, scream at each other, had a massive fight, dont talk to each other
                anymore, throw things when they argue, shout so loud i cant sleep"""),
        ),
        (
            _split("{x}, {x} and i think its my fault, {x} and i miss them, {x} and im sad"),
            _split("""my dad moved out, my mum moved out, my dad went to prison, my dad left and doesnt live with us anymore,
                there is always shouting at home, i hear shouting downstairs every night, my dad doesnt live with us now,
                i have to live in two houses now"""),
        ),
    ],
    "grief": [
        (
            _split("my {x}, my {x} and i miss them, my {x} and i keep crying, my {x} and im so sad, my {x} today"),
            _split("""{loved} died, {loved} died last night, {loved} passed away, {loved} is in hospital and might die,
                {loved} is really poorly and wont get better, {loved} is very ill, {loved} had to be put to sleep,
                {loved} got hit by a car and died, {loved} went to heaven, {loved} has cancer, {loved} is dying"""),
        ),
        (
            _split("{x}, {x} and i feel sad, {x} and i cant stop crying"),
            _split("i miss my {loved} so much, its my {loved}s funeral tomorrow, we went to my {loved}s funeral today"),
        ),
    ],
    "fear": [
        (
            _split("{x}, {x} and i dont know why, {x} and i cant sleep, {x} all the time, {x} every night"),
            _split("""im scared all the time, i keep having nightmares, im really worried about {worry}, i cant sleep because
                im scared, i get really nervous and my tummy hurts, i cant stop worrying, im so anxious about {worry},
                i keep thinking something bad will happen, im scared something bad will happen to {grownup}, i worry about
                {worry} a lot, i feel scared about {worry}, i had a panic attack, im frightened about {worry},
                im so worried i feel sick, im terrified of {worry}"""),
        ),
    ],
    "sadness": [
        (
            _split("{x}, {x} and i dont know why, {x} all the time, {x} at school, {x} because {reason}, {x} every day"),
            _split("""im sad all the time, i feel so {sad}, im always {sad}, nobody likes me, i have no friends, i cry every
                night, i hate my life, everything is rubbish, nobody cares about me, im really {sad}, i cry in my room,
                im not good enough, i feel like nobody wants me, nobody will sit with me, i feel {sad} inside"""),
        ),
    ],
}
# The serious categories (a grown-up should know) are picked more often than the sensitive ones.
WEIGHTS = {
    "self_harm": 3,
    "sexual_abuse": 2.5,
    "physical_abuse": 3,
    "emotional_abuse": 2.5,
    "grooming": 2.5,
    "neglect": 2.5,
    "danger": 2.5,
    "lost": 2,
    "alone_or_stranger": 2,
    "bullying": 1.5,
    "home_conflict": 1,
    "grief": 1.2,
    "fear": 1.2,
    "sadness": 1.2,
}

# Ordinary answers, short and kind.
WELL_DONE = [
    "Well done! That sounds great.",
    "Wow, well done! You must be so proud.",
    "Great job! It sounds like you did really well.",
]
GAME_AGAIN = [
    "Games can be hard! Have another go, you will get better each time.",
    "Oh no! Games can be hard sometimes. Try again, you can do it!",
]
LAUGHING = ["Ha ha! It sounds like you had lots of fun.", "Ha ha! Laughing is the best. I'm glad you had fun."]
STORY_TIME = ["That sounds like an exciting story! What happens next?", "Wow, what an exciting story! Tell me more."]
FILM_TIME = [
    "That sounds like an exciting film! Remember, it is not real.",
    "Wow, that sounds exciting! It is only make believe.",
]
FUN = ["That sounds like so much fun!", "What fun! It sounds like you had a great time."]
LOVELY = ["That sounds lovely! I'm so glad you had a nice time.", "How lovely! It is nice to do fun things together."]
BRAVE = ["Well done for being brave! New things can feel hard, but you did it.", "You were so brave! Well done you."]
ACCIDENT = ["Oh no! Accidents happen. If it still hurts, please tell a grown-up.", "Ouch! I hope you feel better soon."]
GOOD_FOOD = ["That sounds like a good meal!", "Good food helps you grow big and strong. Well done!"]
HUNGRY = ["Ask a grown-up for a healthy snack, like some fruit."]
FLAT = ["Oh no! Ask a grown-up to help you charge it.", "Oh no! It needs charging. A grown-up can help."]
HOMEWORK = ["That can be hard! Take a little break, then try again. You can do it."]
EXCITED = ["That sounds exciting! I hope you have a wonderful time.", "Yay! I hope you have lots of fun."]
PLANT = ["Oh no! Plants need water and sunshine. You could try growing a new one."]

# Contrasts: ordinary messages that sound a bit like disclosures, each (frames, fills, answers), picked by size.
CONTRASTS = [
    (
        _split("{x}, guess what {x}, {x} today, {x}!!, yes {x}, {x} at school, mum look {x}"),
        _split("""i {did} at {sport}, i {did} in my {test}, we {beat} the other team at {sport}, i hit the ball really far,
            i kicked the ball into the top corner, i beat {adult} at {board}, i knocked down all the pins at bowling,
            my team beat the other team five nil, i punched the air when we won, i smashed my best time at swimming,
            i beat everyone in the race, i hit the ball over the fence, i kicked the winning goal, i shot a goal at {sport},
            i knocked out the other team at {sport}"""),
        WELL_DONE,
    ),
    (
        _split("{x}, {x} again, {x} lol, ugh {x}, {x} and i was so close, {x} so annoying"),
        _split("""my character died in {game}, i got killed in {game}, the zombie killed me in {game}, i died on the last
            level of {game}, my guy fell in the lava in {game}, i keep dying on level {n}, the boss beat me again in {game},
            i lost all my lives in {game}, my friend killed me in {game}, a creeper blew me up in minecraft, my team got
            wiped out in {game}, i died {n} times in {game}, the monster ate me in {game}"""),
        GAME_AGAIN,
    ),
    (
        _split("{x}, {x} lol, {x} haha, {x} it was so funny"),
        _split("""i nearly died laughing, that joke killed me, i laughed so hard i cried, {funny} was so funny i almost died
            laughing, i was dying of laughter at {funny}, i laughed till my tummy hurt, {funny} made me laugh so much
            i nearly fell over, {funny} told a joke and i nearly died laughing"""),
        LAUGHING,
    ),
    (
        _split("in my story {x}, im writing a story where {x}, i made up a story and {x}, in my dream {x}"),
        _split("""{hero} breathes fire, {hero} fights a monster, {hero} eats the castle, {hero} is scared of people,
            {hero} sinks the pirate ship, {hero} puts everyone to sleep, {hero} smashes the tower, {hero} has a big battle
            with the baddies, {hero} gets lost in the woods, {hero} falls off a cliff and flies away"""),
        STORY_TIME,
    ),
    (
        _split("{x}, we watched a film and {x}, in the film {x}, in my cartoon {x}, on tv {x}, in the show {x}"),
        _split("""the baddie was really scary, the shark ate the boat, the robots had a battle, the hero beat the baddie,
            {hero} chased everyone, {hero} burned the castle, {hero} got lost in space, {hero} fell off a cliff but was ok,
            {hero} had a big fight with the baddie, the baddie locked the princess in a tower"""),
        FILM_TIME,
    ),
    (
        _split("{x}, {x} today, {x} it was so fun, guess what {x}, {x} at the weekend"),
        _split("""we had a pillow fight, me and {kid} had a water fight, we had a snowball fight, {adult} tickled me till i
            cried laughing, we played tag and i caught everyone, we played hide and seek, me and {kid} had a play fight,
            me and my friend had a nerf battle, {adult} threw me up in the air at the pool, we had a race and i fell over
            laughing, we played pirates and i made {kid} walk the plank, we had a sword fight with balloons"""),
        FUN,
    ),
    (
        _split("{adult} {x}, {adult} {x} today, guess what {adult} {x}, {adult} {x} at the weekend, yesterday {adult} {x}"),
        _split("""took me to the park, read me a story, made me pancakes, gave me a big hug, taught me to swim, bought me a
            new book, played football with me, picked me up from school early, helped me with my homework, took me to the
            zoo, let me stay up late for a treat, made me a birthday cake, took me to the {place}, played {board} with me,
            taught me to ride my bike, tucked me in and sang to me"""),
        LOVELY,
    ),
    (
        _split("{x}, {x} today, guess what {x}, {x} at {sport}, yesterday {x}"),
        _split("""i was scared but i did it, i was nervous but i sang in the show, i was scared of the big slide but i went
            down it, i was worried about my test but i did it, i was scared at the dentist but i was brave, i was nervous
            but i jumped in the deep end, i was scared of the dog but i gave it a stroke, i was worried i would fall but i
            climbed to the top, i was scared to go on the big ride but i did it, i was nervous about my new school but it
            was fine"""),
        BRAVE,
    ),
    (
        _split("{x}, {x} today, ouch {x}, {x} at {sport}"),
        _split("""i fell off my bike and scraped my knee, i bumped my head on the table, my friend hit me with the ball by
            accident, i stubbed my toe, my brother stepped on my foot by accident, i fell over in the playground,
            i bumped into my friend by accident, i fell off the swing and hurt my arm a bit, {kid} kicked me by accident,
            i cut my finger a bit on some paper, i got stung by a bee"""),
        ACCIDENT,
    ),
    (
        _split("{x}, {x} today, guess what {x}, yum {x}"),
        _split("""i ate all my dinner, i had pizza for dinner, mum made my favourite dinner, i had a big breakfast,
            i ate all my vegetables, i had a big bowl of pasta, {adult} made me a big dinner, i had fish and chips,
            we had a picnic at the {place}"""),
        GOOD_FOOD,
    ),
    (_split("{x}, {x} whats for tea, {x} when is dinner"), _split("im starving, im so hungry i could eat a horse"), HUNGRY),
    (_split("{x}, {x} again, oh no {x}"), _split("my tablet died, my ipad is dead, the batteries in my toy died"), FLAT),
    (
        _split("{x}, {x} lol, ugh {x}"),
        _split("this homework is killing me, my maths homework is so hard it is killing me"),
        HOMEWORK,
    ),
    (
        _split("{x}, {x}!!, {x} tomorrow"),
        _split("im dying to go to the {place}, i cant wait to go to the {place}, im so excited for my party"),
        EXCITED,
    ),
    (_split("{x}, {x} today, oh no {x}"), _split("my plant died, my sunflower died, the flowers i grew died"), PLANT),
]
CONTRAST_SLOTS = {
    "did": _split("killed it, smashed it, nailed it, crushed it, rocked it, aced it"),
    "sport": _split("football, swimming, my dance show, gymnastics, karate, netball, sports day, tennis, rugby, cricket"),
    "test": _split("spelling test, maths quiz, times tables test, piano lesson, school play, reading test"),
    "beat": _split("destroyed, smashed, thrashed, crushed, beat"),
    "board": _split("chess, cards, snap, a board game, draughts"),
    "game": _split("minecraft, roblox, fortnite, mario, my game, the game, pokemon, my video game"),
    "n": _split("2, 3, 4, 5, 10, 20"),
    "funny": _split("my dad, my friend, the clown, the film, my teacher, my little brother, my sister, my uncle, the show"),
    "hero": _split("the dragon, the knight, the monster, my superhero, the pirate, the witch, the robot, the giant, the wolf"),
    "kid": _split("my brother, my sister, my cousin, my friend, my dad, my mum"),
}

# Curious questions about sensitive topics that are fine to answer simply.
CURIOUS = [
    (
        _split("why do people die?, why does everyone die?, do all people die?, why do living things die?, why do we die?"),
        "All living things, like plants, animals and people, get old and one day die. Most people live for a very "
        "long time. You can always talk to a grown-up about it.",
    ),
    (
        _split("what does a firefighter do?, what do firefighters do?, what is a firefighters job?, how do firefighters help?"),
        "Firefighters put out fires and help people stay safe. They drive big red fire engines.",
    ),
    (
        _split("why do doctors give medicine?, why do we take medicine?, what does medicine do?, why do people need medicine?"),
        "Doctors give medicine to help poorly people get better. Only take medicine from a grown-up.",
    ),
    (
        _split("what does a police officer do?, what do police officers do?, why do we have police?, how do police help?"),
        "Police officers help keep people safe. If you are lost or in danger, a police officer can help you.",
    ),
    (
        _split("what is a bruise?, why do bruises go purple?, why do i get bruises when i bump myself?"),
        "That is a mark you get when you bump yourself. It changes colour and goes away in a few days.",
    ),
    (
        _split("why do people get sick?, why do we get colds?, what makes people poorly?, why do i get a cold?"),
        "Tiny germs can get into our bodies and make us poorly. Washing your hands helps keep germs away.",
    ),
    (
        _split("what is an ambulance?, what does an ambulance do?, why do ambulances make a loud noise?"),
        "It takes poorly or hurt people to hospital fast, with a loud noise and bright lights so cars let it past.",
    ),
    (
        _split("why do some people go to prison?, what is prison?, why do people go to jail?"),
        "People can go to prison if they break important rules called laws. It helps keep everyone safe.",
    ),
    (
        _split("what should i do if there is a fire?, what do you do in a fire?, what happens in a fire drill?"),
        "Get out fast, shout for help, and never go back inside. A grown-up will call the fire engine.",
    ),
    (
        _split("what is a stranger?, who is a stranger?, what does stranger mean?"),
        "A stranger is someone you don't know. Never go anywhere with a stranger, and always tell a grown-up.",
    ),
    (
        _split("why did the dinosaurs die?, what happened to the dinosaurs?, why are there no dinosaurs now?"),
        "Most scientists think a huge rock from space hit the Earth long ago. It changed the weather so much that "
        "the dinosaurs died out.",
    ),
    (
        _split("why do leaves die in autumn?, why do leaves fall off trees?, why do trees lose their leaves?"),
        "In autumn, trees stop feeding their leaves, so they turn brown and fall. New leaves grow in spring.",
    ),
    (
        _split("what does a lifeguard do?, why are there lifeguards at the pool?"),
        "Lifeguards watch people in the water and help anyone who needs it, so everyone can swim safely.",
    ),
    (
        _split("why do i have to wear a seatbelt?, why do we wear seatbelts?, why do i have to wear a bike helmet?"),
        "They keep your body safe if there is a bump, and help stop you getting hurt.",
    ),
    (
        _split("why do bees sting?, why do wasps sting people?"),
        "Bees and wasps sting when they feel scared. Walk away slowly and they will leave you alone.",
    ),
    (
        _split("why do people cry?, why do we cry when we are sad?, why do tears come out?"),
        "People cry when they feel big feelings, like sad, hurt or even very happy. Crying is okay, and a hug can help.",
    ),
    (
        _split("how does a smoke alarm work?, why does the smoke alarm beep?, what is a smoke alarm for?"),
        "A smoke alarm makes a loud beep when it finds smoke, so everyone can get out safely.",
    ),
    (
        _split("what is a first aid kit?, what is in a first aid kit?, what is a first aid box?"),
        "It is a box of things like bandages, to help when someone gets a small cut or bump.",
    ),
    (
        _split("what does a vet do?, what happens when a pet is poorly?, who looks after poorly animals?"),
        "A vet is a doctor for animals. Vets help poorly pets get better.",
    ),
    (
        _split("what does a teacher do if someone is mean?, who can help me at school?, who keeps us safe at school?"),
        "Teachers help keep everyone safe and happy at school. If someone is mean to you, tell your teacher.",
    ),
    (
        _split("why do people argue?, why do people get cross?, why do friends fall out?"),
        "Sometimes people get cross and don't know how to fix it. Talking and saying sorry can help.",
    ),
    (
        _split("why do people get old?, why do people get wrinkles?, why does grandma have grey hair?"),
        "As people get older, their bodies slowly change. Grey hair and lines on the skin are part of growing old.",
    ),
    (
        _split("what does a nurse do?, what do nurses do?, why do we go to hospital?"),
        "Nurses and doctors look after poorly or hurt people in hospital and help them get better.",
    ),
]
# How a child asks a curious question.
CURIOUS_FRAMES = _split("""{x}, {x}, can i ask {x}, {x} i always wondered, my friend asked me {x}, i have a question {x},
    just wondering {x}, {x} my teacher said to ask, we talked about it at school {x}, i want to know {x}""")

# Requests kept apart from disclosures: the same people and things, asked about, get the request reply.
REQUEST_FRAMES = _split("""can i {x}, how do i {x}, i want to {x}, how can i {x}, is it ok to {x}, should i {x}, help me {x},
    what happens if i {x}, my friend dared me to {x}, is it ok if i {x}, my friend says i should {x}, tell me how to {x},
    whats the best way to {x}, is it fun to {x}, can you help me {x}""")
REQUESTS = {
    "harm_request": _pairs(
        "hit, punch, kick, hurt, slap, bite, push over, beat up, trip up, pinch, scratch",
        "my brother, my sister, my friend, my dad, my mum, the boy in my class, my cousin, the bully, the baby",
    ),
    "danger_request": [
        *_pairs(
            "eat, swallow, taste, try, have some of",
            """the pills, mums tablets, the medicine that looks like sweets, a washing pod, nans tablets,
                the cough medicine, the berries in the garden, the mushrooms in the park, dads medicine""",
        ),
        *_pairs("drink, taste, try", "the bleach, the stuff under the sink, the cleaning spray, the blue stuff in the bathroom"),
        *_pairs("play with, light, use, find", "the lighter, matches, the candles, the fireworks, the gas cooker, the bonfire"),
        *_pairs("touch, poke, put a fork in, lick, play with", "the socket, the plug, the wires, the toaster while its on"),
        "swallow a battery",
        "light a fire in my room",
    ],
    "grown_up_topics": [
        *_pairs("try, have, buy, get, drink", "some beer, dads wine, mums wine, some vodka, some cider, drugs"),
        *_pairs("try, have, buy, get, smoke", "a cigarette, cigarettes, a vape, dads vape"),
        *_split("watch rude videos, see rude pictures, look at rude websites, get drunk, smoke like my uncle, get high"),
    ],
    "risky_request": _split("""run away from home, sneak out at night, meet my online friend at the park, give my address to
        my friend online, swim in the river by myself, climb on the roof, meet someone i met online, tell a stranger where
        i live, jump off the roof, cross the busy road on my own, play on the train tracks, walk on the ice on the pond,
        get in a strangers car, give my password to my online friend, tell my online friend which school i go to,
        go swimming in the lake alone, jump off the shed, ride my bike on the big road, go to the park on my own at night,
        pack my bag and run away tonight, go in the sea on my own, sneak out to meet my game friend,
        send my photo to someone online, climb out of my window"""),
}


class _Slots(dict):
    """Fills each {slot} of a str.format_map template with a random value of that slot."""

    def __init__(self, rng: random.Random, slots: dict[str, list[str]]):
        super().__init__()
        self.rng, self.slots = rng, slots

    def __missing__(self, key: str) -> str:
        return pick(self.rng, self.slots[key])


def compose(frames: list[str], fills: list[str], rng: random.Random, slots: dict[str, list[str]]) -> str:
    """A frame with {x} filled, then every {slot} filled."""
    return pick(rng, frames).replace("{x}", pick(rng, fills)).format_map(_Slots(rng, slots))


def _lead(question: str, rng: random.Random, chance: float = 0.3) -> str:
    return f"{pick(rng, LEADS)} {question}" if rng.random() < chance else question


def disclosure(rng: random.Random) -> tuple[str, str]:
    """(category, clean question) for a child telling Starmind something is wrong."""
    category = rng.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
    frames, fills = pick(rng, DISCLOSURES[category])
    question = _lead(compose(frames, fills, rng, SLOTS), rng)
    if rng.random() < 0.35:  # a run-on ending
        question += " " + pick(rng, TAILS)
    return category, question


def contrast(rng: random.Random) -> tuple[str, str, str]:
    """(clean question, request category or "", ordinary answer or "") for a message that is not a disclosure."""
    kind = rng.choices(list(CONTRAST_KINDS), list(CONTRAST_KINDS.values()))[0]
    if kind == "curious":
        asks, answer = pick(rng, CURIOUS)
        return pick(rng, CURIOUS_FRAMES).format(x=pick(rng, asks)), "", answer
    if kind == "request":
        category = pick(rng, list(REQUESTS))
        return compose(REQUEST_FRAMES, REQUESTS[category], rng, SLOTS), category, ""
    frames, fills, answers = rng.choices(CONTRASTS, [len(fr) * len(fi) for fr, fi, _ in CONTRASTS])[0]  # small ones less
    question = compose(frames, fills, rng, {**SLOTS, **CONTRAST_SLOTS})
    return _lead(question, rng, 0.15), "", pick(rng, answers)


def generate(rng: random.Random) -> Example:
    """A disclosure answered with its vetted reply, or (CONTRAST_SHARE of the time) a contrast."""
    if rng.random() < CONTRAST_SHARE:
        question, category, answer = contrast(rng)
        question = childify(question, rng)
        if category:  # an unsafe request: the vetted request reply
            answer = rules.reply(category, rules.normalise(question))
        return Example("safeguarding", question, answer)
    category, question = disclosure(rng)
    question = childify(question, rng)
    return Example("safeguarding", question, rules.reply(category, rules.normalise(question)))
