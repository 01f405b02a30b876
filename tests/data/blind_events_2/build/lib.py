import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def build(folder, event, articles, figs, quantities, notes=""):
    """articles: {key: (filename, text)}; figs: list of tuples
    (key, quote, value, bound, unit, quantity[, dict(optional=, low=, high=)])"""
    d = os.path.join(ROOT, folder)
    os.makedirs(d, exist_ok=True)
    texts = {}
    for k, (fn, text) in articles.items():
        text = text.strip("\n") + "\n"
        text = text.replace("\n\n", "\n", 1)
        with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
            f.write(text)
        texts[k] = (fn, text)
    out = []
    counters = {}
    for t in figs:
        k, quote, value, bound, unit, q = t[:6]
        extra = t[6] if len(t) > 6 else {}
        fn, text = texts[k]
        s = text.find(quote)
        assert s >= 0, (fn, quote)
        low, high = extra.get("low"), extra.get("high")
        if bound in (">", ">=") and low is None: low = value
        if bound in ("<", "<=") and high is None: high = value
        if bound == "range": assert low is not None and high is not None
        counters[k] = counters.get(k, 0) + 1
        out.append({"id": f"{fn[:3]}-f{counters[k]:02d}", "article": fn, "quote": quote,
                    "start": s, "end": s + len(quote), "value": value, "low": low, "high": high,
                    "bound": bound, "unit": unit, "quantity": q,
                    "optional": bool(extra.get("optional", False))})
    used = {f["quantity"] for f in out}
    qids = [q for q, _ in quantities]
    assert used == set(qids), (used ^ set(qids))
    gold = {"event": event, "figures": out,
            "quantities": [{"id": q, "description": desc} for q, desc in quantities],
            "notes": notes}
    with open(os.path.join(d, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
    for fn, text in texts.values():
        print(fn, len(re.findall(r"\S+", text)), "words")
