"""Invented news articles for the corpus tests (people, places and events are made up)."""
from __future__ import annotations

import random

FIRST = ["Dana", "Ilse", "Tomas", "Priya", "Odile", "Marcus", "Wen", "Farida", "Joaquin", "Greta"]
LAST = ["Whitcombe", "Marrow", "Quillfeather", "Ostrander", "Bellweather", "Kestrel", "Amundsen-Roy",
        "Halloran", "Vasquez-Lind", "Tenbrook"]
ROLES = ["mayor of Eastvale", "spokeswoman for the Port Ardent council", "harbor commissioner",
         "director of the Lowmarsh Water Board", "chief of the Greyfield police"]
PLACES = ["Eastvale", "Port Ardent", "Lowmarsh", "Greyfield", "Cinder Bay"]
CLAIMS = ["the new bridge will open in the spring", "the budget was a serious mistake",
          "the talks were productive and friendly", "nobody had warned the residents",
          "the flood barriers failed badly last year", "the plan is good news for every family",
          "the ferry service would resume within three weeks"]
SAYINGS = ["We are ready for this", "This is a terrible decision for the town",
           "I am proud of what our volunteers achieved", "Nobody will be left behind",
           "The numbers simply do not add up", "It was a wonderful, hopeful day"]
DATES = ["on Monday", "last week", "on October 4, 2023", "this year", "in September", "for three weeks",
         "on Thursday evening", "every day", "next month"]


def make_text(rng: random.Random, paragraphs: int = 5) -> str:
    """One invented article of a few paragraphs with direct and reported quotes and dates."""
    paras = []
    for _ in range(paragraphs):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        kind = rng.randrange(5)
        if kind == 0:
            paras.append(f"\u201c{rng.choice(SAYINGS)},\u201d said {name}, the {rng.choice(ROLES)}.")
        elif kind == 1:
            paras.append(f"{name} said {rng.choice(DATES)} that {rng.choice(CLAIMS)}.")
        elif kind == 2:
            paras.append(f"According to {name}, {rng.choice(CLAIMS)}.")
        elif kind == 3:
            paras.append(f'"{rng.choice(SAYINGS)}," {name} told reporters in {rng.choice(PLACES)} '
                         f'{rng.choice(DATES)}. "{rng.choice(SAYINGS)}."')
        else:
            paras.append(f"The council of {rng.choice(PLACES)} met {rng.choice(DATES)} and will meet again "
                         f"{rng.choice(DATES)}, officials said.")
    return "\n\n".join(paras)


def make_records(n: int, seed: int = 7) -> list:
    """``n`` JSONL-style records: id, text, outlet, published."""
    rng = random.Random(seed)
    return [{"id": f"gen-{i}", "text": make_text(rng, rng.randint(2, 7)), "outlet": "The Eastvale Courier",
             "published": f"2023-10-{1 + i % 28:02d}"} for i in range(n)]
