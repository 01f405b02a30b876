"""The English of the figure finder is data: words_en.toml loads, its lists are clean and
consistent, and a word added to it changes what extraction reads."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.claims import extract_claims
from desktop.claims.words import WordsError, english, load, noun_lemma

DATA = Path(__file__).resolve().parents[2] / "desktop" / "claims" / "words_en.toml"
# Tables whose keys are compared as written, not lower-cased: scale letters in capitals ("2.7M").
UPPER_CASE_KEYS = {"units.capital_scales"}


def _leaves(node: dict[str, Any], path: str = "") -> Iterator[tuple[str, Any]]:
    for key, value in node.items():
        here = f"{path}.{key}" if path else key
        if isinstance(value, dict):
            yield from _leaves(value, here)
        else:
            yield here, value


def _lists() -> list[tuple[str, list[str]]]:
    return [(p, v) for p, v in _leaves(dict(english().data)) if isinstance(v, list)]


def _tables() -> list[tuple[str, dict[str, Any]]]:
    """Every table of the file, by dotted path."""
    out = []

    def walk(node: dict[str, Any], path: str) -> None:
        out.append((path, node))
        for key, value in node.items():
            if isinstance(value, dict):
                walk(value, f"{path}.{key}" if path else key)

    walk(dict(english().data), "")
    return out


def test_the_package_data_loads_and_every_list_holds_words() -> None:
    lists = _lists()
    assert len(lists) > 80
    for path, words in lists:
        assert words, f"{path} is empty"
        assert all(isinstance(w, str) and w == w.strip() and w for w in words), path


def test_no_list_holds_a_word_twice() -> None:
    for path, words in _lists():
        doubled = [w for w, n in Counter(words).items() if n > 1]
        assert not doubled, f"{path}: {doubled}"


# Synonym classes: each word of these tables belongs to one class (one key, one unit, one bound).
CLASS_TABLES = (
    "bounds.before", "bounds.after", "bounds.after_noun", "currency.sign_prefixes",
    "currency.word_prefixes", "currency.words", "units.measures", "units.durations",
    "vocabulary.populations", "vocabulary.acts", "vocabulary.measures", "counted.phrase_acts",
    "counted.qualifiers",
)  # fmt: skip


@pytest.mark.parametrize("path", CLASS_TABLES)
def test_no_word_stands_in_two_classes_of_one_table(path: str) -> None:
    assert english().classes(path)  # raises WordsError on a word in two classes


def test_a_word_in_two_classes_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "words.toml"
    bad.write_text('[acts]\nkilled = ["died"]\ninjured = ["died"]\n', encoding="utf-8")
    with pytest.raises(WordsError, match="two lists"):
        load(bad).classes("acts")


def test_words_are_lower_case() -> None:
    for path, words in _lists():
        upper = [w for w in words if w != w.lower()]
        assert not upper, f"{path}: {upper}"
    for path, table in _tables():
        if path in UPPER_CASE_KEYS or not path:
            continue
        if all(isinstance(v, (int, float)) or isinstance(v, str) for v in table.values()):
            upper = [k for k in table if k != k.lower()]
            assert not upper, f"{path}: {upper}"


def test_lists_that_end_a_noun_phrase_hold_no_counted_noun() -> None:
    words = english()
    nouns = set(words.classes("vocabulary.populations"))
    for path in ("counted.stop", "counted.verbs", "counted.be", "counted.auxiliaries",
                 "counted.wish", "counted.number_nouns"):  # fmt: skip
        assert not words.words(path) & nouns, path


def test_act_and_population_keys_agree_across_tables() -> None:
    words = english()
    acts = set(words.groups("vocabulary.acts"))
    assert words.words("vocabulary.human_acts") <= acts
    assert acts <= set(words.values("vocabulary.act_labels"))
    assert set(words.values("vocabulary.thing_acts")) <= acts
    assert words.words("extract.status_acts") <= acts | {"not vaccinated"}
    populations = set(words.classes("vocabulary.populations").values())
    assert words.words("vocabulary.crowd_populations") <= populations
    assert set(words.values("vocabulary.thing_acts").values()) <= populations


def test_lemmas_come_from_lemminflect_with_the_data_exceptions() -> None:
    assert noun_lemma("buses") == "bus"
    assert noun_lemma("species") == "species"
    assert noun_lemma("passport-holders") == "passport-holder"
    assert noun_lemma("gpus") == "gpu"  # lemmas.exceptions
    (claim,) = extract_claims("The lab bought 512 GPUs.")
    assert claim.population == "gpu"


SENTENCE = "About 500 picketers marched outside the plant."


def test_a_word_added_to_the_data_changes_extraction(tmp_path: Path) -> None:
    (before,) = extract_claims(SENTENCE)
    assert before.population == "picketer"  # an unknown noun: its own lemma

    # a copy of the package whose data file lists "picketers" with the protesters
    package = Path(__file__).resolve().parents[2] / "desktop"
    copy = tmp_path / "desktop"
    (copy / "claims").mkdir(parents=True)
    for name in ("__init__.py", "model.py"):
        shutil.copy(package / name, copy / name)
    for source in (package / "claims").iterdir():
        if source.suffix in (".py", ".toml"):
            shutil.copy(source, copy / "claims" / source.name)
    data = copy / "claims" / "words_en.toml"
    text = data.read_text(encoding="utf-8")
    line = "protesters = [\n"
    assert text.count(line) == 1
    data.write_text(text.replace(line, line + '  "picketers",\n'), encoding="utf-8")
    assert load(data).classes("vocabulary.populations")["picketers"] == "protesters"

    script = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "import desktop.claims.words\n"
        "from desktop.claims import extract_claims\n"
        f"(c,) = extract_claims({SENTENCE!r})\n"
        "print(json.dumps([desktop.claims.words.__file__, c.population, c.act]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    module, population, act = json.loads(done.stdout)
    assert Path(module).is_relative_to(tmp_path)
    assert (population, act) == ("crowd", "attended")  # protesters who marched: the crowd
