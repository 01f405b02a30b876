"""Small DSL for the hand annotation.  Offsets are never typed by hand:
build.py finds every quote in its sentence."""

DOMAINS = {
    "crt": "courts", "rea": "real_estate", "shp": "shipping", "avi": "aviation",
    "spc": "space", "mil": "military", "dem": "demography", "edu": "education",
    "ret": "retail", "mkt": "markets", "ent": "entertainment", "spt": "sport",
    "food": "food", "gam": "gambling", "ins": "insurance", "bud": "budgets",
    "lab": "labour", "tec": "tech", "clm": "climate", "wld": "wildlife",
}
STYLES = {
    "wire", "broadsheet", "tabloid", "trade", "local", "translated", "indian",
    "nigerian", "south_african", "australian", "canadian", "us", "headline",
    "press_release", "liveblog", "bulleted", "table", "pdf",
}
BOUNDS = {"=", "~", ">", "<", "range"}

SENTS = []
_cur = [None]


def domain(prefix):
    assert prefix in DOMAINS, prefix
    _cur[0] = prefix


def F(quote, value, bound="=", unit="%", high=None, occ=None):
    """One figure.  For a range, value is the low end and high the high end.
    occ (1-based) picks among several valid occurrences of the quote."""
    return dict(quote=quote, value=value, bound=bound, unit=unit, high=high, occ=occ)


def S(style, sentence, figs=(), nf=()):
    SENTS.append(dict(prefix=_cur[0], style=style, sentence=sentence,
                      figs=list(figs), nf=list(nf)))
