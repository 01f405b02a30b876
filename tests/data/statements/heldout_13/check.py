#!/usr/bin/env python3
"""heldout_13 only: adapted copy of ../check.py that verifies the gold files of this folder (heldout_13/*/gold.json) and
prints per-event counts; the seeds and the other splits are not touched.
Verify every gold file and print per-event counts.
Checks: text[start:end] == quote for statements, pieces and non-statements; pieces ordered, non-overlapping and
spanning [start,end]; each utterance id declared; statement ids unique; articles exist and are listed."""
import json, os, glob, itertools, sys
ROOT = os.path.dirname(os.path.abspath(__file__))  # .../statements/heldout_13
SEEDS = None  # no seeds in this folder
QUOTES = '"\u201c\u201d\u2018\u2019\''

def check(gold_path, art_dir):
    g = json.load(open(gold_path, encoding='utf-8'))
    errs, texts = [], {}
    def text(a):
        if a not in texts:
            texts[a] = open(os.path.join(art_dir, a), encoding='utf-8').read()
        return texts[a]
    utt_ids = {u['id'] for u in g['utterances']}
    if len(utt_ids) != len(g['utterances']): errs.append('duplicate utterance id')
    ids = [s['id'] for s in g['statements']]
    if len(ids) != len(set(ids)): errs.append('duplicate statement id')
    for s in g['statements']:
        t = text(s['article'])
        if t[s['start']:s['end']] != s['quote']: errs.append(f"{s['id']}: quote mismatch {t[s['start']:s['end']][:40]!r}")
        p = s['pieces']
        if not p or p[0][0] != s['start'] or p[-1][1] != s['end']: errs.append(f"{s['id']}: pieces do not span start/end")
        for (a, b), (c, d) in zip(p, p[1:]):
            if not (a < b <= c < d): errs.append(f"{s['id']}: pieces out of order/overlap")
        for a, b in p:
            if not (0 <= a < b <= len(t)): errs.append(f"{s['id']}: bad piece {a},{b}")
            elif t[a:b] != t[a:b].strip(): errs.append(f"{s['id']}: piece has outer whitespace")
        if s['utterance'] not in utt_ids: errs.append(f"{s['id']}: undeclared utterance {s['utterance']}")
        if not isinstance(s.get('optional'), bool): errs.append(f"{s['id']}: optional not bool")
    for n in g['non_statements']:
        t = text(n['article'])
        if t[n['start']:n['end']] != n['quote']: errs.append(f"non-statement mismatch {n}")
        elif t[n['start'] - 1] not in QUOTES or t[n['end']:n['end'] + 2].strip(',.;:?!')[:1] not in QUOTES:
            errs.append(f"non-statement not delimited by quote marks: {n['quote']!r}")
    arts = sorted({s['article'] for s in g['statements']} | {n['article'] for n in g['non_statements']})
    if art_dir != SEEDS:
        files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(art_dir, '*.txt')))
        if files != sorted(set(files) | set(arts)): errs.append('gold refers to missing article')
        arts = files
    by_u = {}
    for s in g['statements']:
        by_u.setdefault(s['utterance'], []).append(s)
    multi = sum(1 for u, ss in by_u.items() if len({s['article'] for s in ss}) >= 2)
    pairs = sum(1 for ss in by_u.values() for x, y in itertools.combinations(ss, 2) if x['article'] != y['article'])
    pairs_req = sum(1 for ss in by_u.values() for x, y in itertools.combinations(ss, 2)
                    if x['article'] != y['article'] and not x['optional'] and not y['optional'])
    return errs, dict(articles=len(arts), statements=len(g['statements']),
                      optional=sum(s['optional'] for s in g['statements']), utterances=len(g['utterances']),
                      used_utts=len(by_u), utts_2plus=multi, gold_pairs=pairs, pairs_non_optional=pairs_req,
                      non_statements=len(g['non_statements']))

def main():
    rows, bad = [], 0
    targets = []
    for gp in sorted(glob.glob(os.path.join(ROOT, '*', 'gold.json'))):
        d = os.path.dirname(gp); targets.append((gp, d, os.path.basename(ROOT) + '/' + os.path.relpath(d, ROOT)))
    if not targets:
        print('ERROR no gold files found'); return 1
    for gp, d, name in targets:
        errs, c = check(gp, d)
        for e in errs: print(f'ERROR [{name}] {e}')
        bad += len(errs); rows.append((name, c))
    cols = ['articles', 'statements', 'optional', 'utterances', 'utts_2plus', 'gold_pairs', 'pairs_non_optional', 'non_statements']
    print('| event | ' + ' | '.join(cols) + ' |'); print('|' + '---|' * (len(cols) + 1))
    for name, c in rows: print(f'| {name} | ' + ' | '.join(str(c[k]) for k in cols) + ' |')
    print('OK' if not bad else f'{bad} ERRORS'); return 1 if bad else 0

if __name__ == '__main__':
    sys.exit(main())
