#!/usr/bin/env python3
"""Prototype, not shipped (docs/precision/meaning/README.md). Usage, from the repository root:
   bitext align Examples/lex-459/en.md Examples/lex-459/zh.md --format tsv > pairs.tsv; python3 docs/precision/meaning/prototypes/learned-rendering.py pairs.tsv"""
import re,sys,collections
# reverse CEDICT: english word -> set of simplified headwords (len>=2) whose gloss has it as a whole word
rev=collections.defaultdict(set)
for line in open('../shared/lexicons/cedict_ts.u8',encoding='utf-8'):
    if line.startswith('#'): continue
    m=re.match(r'(\S+) (\S+) \[([^\]]*)\] /(.*)/',line.strip())
    if not m: continue
    trad,simp,py,gl=m.groups()
    if len(simp)<2 or py[:1].isupper(): continue
    for g in gl.split('/'):
        g=re.sub(r'\([^)]*\)','',g).strip().lower()
        if g.startswith(('variant of','see ','old variant','used in','surname','abbr')): continue
        words=re.findall(r"[a-z]+",g)
        if 1<=len(words)<=3:
            for w in words:
                if w in ('to','a','the','of','an','and','or','one','sb','sth','be','in','on','for','with','as'): continue
                rev[w].add(simp)
STOP=set("i you we they he she it the a an and or but so of to in on for with as at by from that this these those is are was were be been being have has had do does did not no yes yeah like just really very right know think mean going get got go make made lot thing things way kind sort stuff people".split())
def stem(w):
    if w.endswith('ies') and len(w)>4: return w[:-3]+'y'
    if w.endswith('s') and not w.endswith('ss') and len(w)>3: return w[:-1]
    return w
rows=[l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
rows=[(r[-2],r[-1]) for r in rows if len(r)>=2 and r[-2] and r[-1]]
occ=collections.defaultdict(list)  # word -> list of (pair idx, renderings found)
for idx,(s,t) in enumerate(rows):
    ws=[stem(w) for w in re.findall(r"[a-z]+",s.lower())]
    c=collections.Counter(ws)
    for w,n in c.items():
        if n!=1 or w in STOP or len(w)<4: continue
        cands=rev.get(w) or set()
        if not cands: continue
        found=[h for h in cands if h in t]
        # drop renderings contained in a longer found one
        found=[h for h in found if not any(h!=o and h in o for o in found)]
        occ[w].append((idx,tuple(sorted(found))))
out=[]
for w,lst in occ.items():
    if len(lst)<8: continue
    cnt=collections.Counter(h for _,f in lst for h in f)
    if not cnt: continue
    R,rn=cnt.most_common(1)[0]
    if rn/len(lst)<0.6: continue
    for idx,f in lst:
        if R in f or not f: continue
        others=[h for h in f if cnt[h]/len(lst)<=0.1 and not (set(h)&set(R))]
        if others:
            out.append((w,R,rn,len(lst),others,idx))
for w,R,rn,n,others,idx in out:
    print(f"{w}\t{R} {rn}/{n}\t{'/'.join(others)}\t{rows[idx][0][:140]}\t{rows[idx][1][:90]}")
print(len(out),file=sys.stderr)
