"""A deterministic synthetic news corpus for the scale benchmark: many stories, many outlets.

Each story is an event of one kind (a march, an earthquake, a jobs report, a takeover, an
outbreak, a wildfire, an ice storm, an evacuation) in an invented place, with quantities that the
outlets report: some agree (the same figure, rounded differently), some diverge (each outlet has
its own source) and some change over time (a toll that grows by the day). An article is about 700
words: a headline, a byline with the outlet and date, and paragraphs built from templates with
the numbers perturbed, mixed with sentences that hold dates, years, ages and names with digits
(which are not figures). The same `seed` and count give the same files, byte for byte; no network.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

_OUTLETS = tuple(
    (
        "Daily Ledger|Northern Wire|The Courier|Harbor Times|Metro Chronicle|Valley "
        "Herald|The Sentinel|Capital Post|Evening Standard-Gazette|Coastline "
        "News|Riverside Tribune|The Examiner|Plains Observer|Granite Journal|Bay "
        "Dispatch|Summit Review|Lakeside Record|Frontier Bulletin|The Monitor|Union "
        "Press|Highland Register|Delta Reporter|Pioneer Star|Civic Times|Western "
        "Mail|Eastern Eye|Morning Call|Midland Gazette|Orbit News|Public Radio Desk"
    ).split("|")
)
_SYLLABLES = tuple(
    (
        "al bor cal dor ev fen gar hol ist kel lor mar nor ost pel quin ros sal tor vel wen yar zan"
    ).split()
)
_PLACE_TAILS = ("ton", "ford", "ville", "burg", "mouth", "field", "dale", "haven")
_NAMES = tuple(
    (
        "Maria Lopez|John Carter|Aisha Khan|Peter Novak|Lena Ortiz|Tom Becker|Sara "
        "Idris|Ken Watanabe|Olga Petrova|David Mensah|Ruth Adler|Ali Demir"
    ).split("|")
)
_MONTHS = tuple(
    (
        "January February March April May June July August September October November December"
    ).split()
)

# A quantity: the sentences that report it ({n} is the figure as written), its base value, how
# outlets report it ("agree", "diverge", "grow") and how figures are written ("int", "comma",
# "pct", "money").
_KINDS: dict[str, list[tuple[tuple[str, ...], float, str, str]]] = {
    "march": [
        (("Organisers said more than {n} people joined the march through {place} on {weekday}.",
          "Organisers estimated that {n} people took part in the march.",
          "Some {n} people marched through the centre of {place}, organisers said."),
         60000, "diverge", "comma"),
        (("Police put the crowd at about {n}.", "Police estimated the crowd at {n}.",
          "A police spokesman said {n} people attended."), 18000, "agree", "comma"),
        (("Police said {n} protesters were arrested.", "{n} protesters were detained, police said.",
          "At least {n} people were arrested during the evening."), 40, "grow", "int"),
        (("About {n} officers were deployed across the city.",
          "The city deployed {n} officers for the day."), 1200, "agree", "comma"),
    ],
    "quake": [
        (("At least {n} people were killed when the earthquake struck {place}.",
          "The death toll rose to {n}, officials said.",
          "Officials said {n} people had died."), 120, "grow", "int"),
        (("More than {n} people were injured.", "{n} people were injured, the ministry said.",
          "Hospitals treated {n} injured people."), 1500, "grow", "comma"),
        (("Some {n} buildings collapsed in the province.",
          "Engineers counted {n} buildings that had collapsed."), 340, "diverge", "int"),
        (("Aid agencies said {n} people had been displaced.",
          "About {n} residents were left homeless."), 25000, "diverge", "comma"),
    ],
    "jobs": [
        (("Employers in {place} added {n} jobs last month.",
          "The economy of {place} added {n} jobs in the month, the statistics office said.",
          "Payrolls grew by {n} jobs."), 175000, "agree", "comma"),
        (("The unemployment rate rose to {n}.", "Unemployment stood at {n}.",
          "The jobless rate was {n} in the month."), 4.2, "agree", "pct"),
        (("Average hourly earnings rose {n} from a year earlier.",
          "Wages grew {n} over the year."), 3.8, "diverge", "pct"),
    ],
    "deal": [
        (("The {company} group agreed to buy its rival for {n}.",
          "The takeover of {company} values the company at {n}.",
          "Analysts put the value of the {company} deal at {n}."), 4.5e9, "diverge", "money"),
        (("Shares of {company} rose {n} on the news.", "{company} shares jumped {n}."),
          12.0, "diverge", "pct"),
        (("The combined company will cut {n} jobs.", "About {n} jobs will go, the unions said.",
          "The merger will eliminate {n} jobs."), 2400, "diverge", "comma"),
    ],
    "outbreak": [
        (("The number of measles cases in {place} rose to {n}.",
          "Health officials have confirmed {n} cases of measles.",
          "The outbreak has grown to {n} cases."), 60, "grow", "int"),
        (("{n} people have been hospitalised.", "Of the cases, {n} people were hospitalised.",
          "Hospitals have admitted {n} patients."), 9, "grow", "int"),
        (("Clinics have given {n} doses of vaccine since the outbreak began.",
          "Clinics administered {n} doses of the vaccine."), 4600, "agree", "comma"),
    ],
    "fire": [
        (("The fire near {place} has burned {n} acres.",
          "The blaze has scorched {n} acres of forest.",
          "Firefighters said {n} acres had burned."), 12000, "grow", "comma"),
        (("At least {n} homes were destroyed.", "The fire destroyed {n} homes.",
          "Some {n} homes have burned down."), 180, "diverge", "int"),
        (("About {n} residents were evacuated.", "Authorities evacuated {n} residents.",
          "{n} residents were ordered to leave their homes."), 8000, "diverge", "comma"),
        (("More than {n} firefighters are battling the blaze.",
          "The state has sent {n} firefighters."), 900, "agree", "int"),
    ],
    "storm": [
        (("About {n} customers were without power in {place}.",
          "The utility said {n} customers had lost power.",
          "Power was out for {n} customers."), 210000, "grow", "comma"),
        (("The storm killed {n} people.", "At least {n} people died in the storm.",
          "Officials said {n} people had died."), 11, "grow", "int"),
        (("Crews cleared {n} fallen trees from roads.",
          "Some {n} trees fell across roads."), 3000, "diverge", "comma"),
    ],
    "evacuation": [
        (("About {n} US citizens have been evacuated from {place}.",
          "The State Department said {n} Americans had been evacuated.",
          "More than {n} US citizens were flown out."), 4500, "grow", "comma"),
        (("Officials said about {n} Americans remained in the country.",
          "Fewer than {n} US citizens are still there."), 300, "diverge", "int"),
        (("The airlift has flown out {n} people in all.",
          "Military aircraft have evacuated {n} people."), 82000, "grow", "comma"),
    ],
}  # fmt: skip

_FILLER = (
    "The {age}-year-old {role} said the situation in {place} was still changing.",
    "Residents of {place} said they had not seen anything like it since {year}.",
    "{name} told reporters on {weekday} that more information would follow.",
    '"We are doing everything we can," said {name}, who has led the office since {year}.',
    "The regional council will meet again on {month} {day} to discuss the response.",
    "Officials declined to comment on the details, citing an ongoing review.",
    "The agency first published guidance on the matter in {year}.",
    "Local radio reported the news shortly after {hour} a.m. on {weekday}.",
    "A spokesperson for the ministry, {name}, said the figures would be updated.",
    "The report, released on {month} {day}, {year}, drew criticism from opposition leaders.",
    "Critics said the authorities had been slow to act and had ignored earlier warnings.",
    "The {company} office on Route {route} stayed closed for the day.",
    "Traffic on the A{route} motorway was diverted for several hours.",
    "The mayor, {name}, urged people to follow official advice and check on their neighbours.",
    "Independent experts said it was too early to draw conclusions.",
    "Volunteers set up tables outside the town hall and handed out water and blankets.",
)
_ROLES = ("mayor", "nurse", "teacher", "shop owner", "engineer", "volunteer", "driver")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class _Story:
    kind: str
    place: str
    company: str
    start: date
    factors: dict[tuple[int, str], float]  # (quantity, outlet) → an outlet's own estimate


def _place(rng: random.Random) -> str:
    return (rng.choice(_SYLLABLES) + rng.choice(_SYLLABLES) + rng.choice(_PLACE_TAILS)).title()


def _stories(count: int, rng: random.Random) -> list[_Story]:
    kinds = sorted(_KINDS)
    out = []
    for n in range(count):
        kind = kinds[n % len(kinds)]
        start = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
        factors = {
            (q, o): rng.uniform(0.6, 1.6) for q in range(len(_KINDS[kind])) for o in _OUTLETS
        }
        company = rng.choice(_SYLLABLES).title() + rng.choice(("tek", "corp", "ware", "gen"))
        out.append(_Story(kind, _place(rng), company, start, factors))
    return out


def _written(value: float, style: str, rng: random.Random) -> str:
    if style == "pct":
        return f"{value:.1f}%" if rng.random() < 0.7 else f"{value:.1f} per cent"
    if style == "money":
        if rng.random() < 0.5:
            return f"${value / 1e9:.1f} billion"
        return f"${value / 1e6:,.0f}m" if value < 1e9 else f"${value / 1e9:.2f}bn"
    v = int(round(value))
    if v >= 1000:
        v = int(round(v, -2 if rng.random() < 0.6 else -1))
    return f"{v:,}" if style == "comma" else str(v)


def _value(story: _Story, q: int, outlet: str, days: int, rng: random.Random) -> float:
    _, base, mode, style = _KINDS[story.kind][q]
    if mode == "diverge":
        base *= story.factors[(q, outlet)]
    elif mode == "grow":
        base *= 1 + 0.18 * days
    return base * rng.uniform(0.97, 1.03) if style != "pct" else base + rng.uniform(-0.2, 0.2)


def _article(story: _Story, outlet: str, rng: random.Random) -> str:
    days = rng.randrange(10)
    when = story.start + timedelta(days=days)
    fill = {
        "place": story.place,
        "company": story.company,
        "weekday": _WEEKDAYS[when.weekday()],
        "age": rng.randrange(25, 80),
        "role": rng.choice(_ROLES),
        "year": rng.randrange(1990, 2023),
        "name": rng.choice(_NAMES),
        "month": _MONTHS[when.month - 1],
        "day": when.day,
        "hour": rng.randrange(5, 12),
        "route": rng.randrange(1, 99),
    }
    sentences = []
    quantities = _KINDS[story.kind]
    for _ in range(rng.randrange(4, 8)):  # each figure reported once or several times
        for q, (templates, _b, _m, style) in enumerate(quantities):
            if rng.random() < 0.8:
                n = _written(_value(story, q, outlet, days, rng), style, rng)
                sentences.append(rng.choice(templates).format(n=n, **fill))
    while sum(len(s.split()) for s in sentences) < 640:
        fill.update(name=rng.choice(_NAMES), age=rng.randrange(25, 80), role=rng.choice(_ROLES))
        fill.update(year=rng.randrange(1990, 2023), route=rng.randrange(1, 99))
        sentences.append(rng.choice(_FILLER).format(**fill))
    rng.shuffle(sentences)
    paragraphs = []
    while sentences:
        take = rng.randrange(2, 5)
        paragraphs.append(" ".join(sentences[:take]))
        del sentences[:take]
    head = f"{story.kind.title()} in {story.place}: what we know on {fill['weekday']}"
    byline = f"By {rng.choice(_NAMES)}\n{outlet} | {fill['month']} {when.day}, {when.year}"
    return "\n\n".join([head, byline, *paragraphs]) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 14) -> list[Path]:
    """Write `count` articles into `folder` (about 25 articles a story) and return their paths."""
    rng = random.Random(seed)
    stories = _stories(max(8, count // 25), rng)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        story = stories[n % len(stories)]
        outlet = _OUTLETS[rng.randrange(len(_OUTLETS))]
        path = folder / f"{n:05d}_{story.kind}_{outlet.lower().replace(' ', '_')}.txt"
        path.write_text(_article(story, outlet, rng), encoding="utf-8")
        paths.append(path)
    return paths
