#!/usr/bin/env python3
"""Prototype, not shipped (docs/precision/meaning/README.md). Usage, from the repository root:
   bitext align Examples/lex-459/en.md Examples/lex-459/zh.md --format tsv > pairs.tsv; python3 docs/precision/meaning/prototypes/explained-target.py pairs.tsv"""
import re,sys,collections
cedict=collections.defaultdict(set)   # simplified headword -> gloss words
rev=collections.defaultdict(set)
maxlen=1
FUNC_EN=set("to a the of an and or one sb sth be in on for with as at by from is are was were it its".split())
for line in open('../shared/lexicons/cedict_ts.u8',encoding='utf-8'):
    if line.startswith('#'): continue
    m=re.match(r'(\S+) (\S+) \[([^\]]*)\] /(.*)/',line.strip())
    if not m: continue
    trad,simp,py,gl=m.groups()
    maxlen=max(maxlen,len(simp))
    for g in gl.split('/'):
        g2=re.sub(r'\([^)]*\)','',g).lower()
        ws=[w for w in re.findall(r"[a-z]+",g2) if w not in FUNC_EN]
        for w in ws: cedict[simp].add(w)
        if len(simp)>=1 and 1<=len(ws)<=3 and not py[:1].isupper():
            for w in ws: rev[w].add(simp)
def stem(w):
    for suf in ('ies',):
        if w.endswith(suf) and len(w)>4: return w[:-3]+'y'
    if w.endswith('es') and len(w)>4 and w[-3] in 'sxz': return w[:-2]
    if w.endswith('s') and not w.endswith('ss') and len(w)>3: return w[:-1]
    return w
STOP=set('''about above after again against all also although always among another any anyone anything around away back because been before being below between both but came can come could does doing done down during each either else enough even ever every everyone everything first from further gets getting give given goes going gone good got great have having here hers herself himself into itself just keep know known last least less like likely little long look made make makes making many maybe might more most much must myself need needs never next nothing now often once only other others ours over own pretty quite rather really right said same saying says seem seems several should since some someone something sometimes still such sure take taken takes than that their them themselves then there these they thing things think this those though through thus together too toward under until very want wants well were what whatever when where whether which while whole will with within without would yeah year years your yours okay kind sort lot lots stuff guess mean means actually basically literally probably especially obviously totally exactly definitely certainly clearly simply fairly generally usually almost already anyway instead otherwise people person time times way ways part yes sure able'''.split())
rows=[l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
rows=[(r[-2],r[-1]) for r in rows if len(r)>=2 and r[-2] and r[-1]]
def segment(t):
    out=[];i=0
    while i<len(t):
        if not ('\u4e00'<=t[i]<='\u9fff'): i+=1; continue
        for L in range(min(maxlen,len(t)-i),0,-1):
            if t[i:i+L] in cedict: out.append(t[i:i+L]); i+=L; break
        else: out.append(t[i]); i+=1
    return out
segs=[segment(t) for _,t in rows]
df=collections.Counter(w for s in segs for w in set(s))
common={w for w,c in df.items() if c>len(rows)*0.01}
def renders(w,t): return [h for h in rev.get(w,()) if len(h)>=2 and h in t] or [h for h in rev.get(w,()) if len(h)==1 and h in t and False]
words_of=[]
for s,t in rows:
    ws=[stem(w) for w in re.findall(r"[a-z]+",s.lower())]
    words_of.append(ws)
stats=collections.defaultdict(lambda:[0,0])
for (s,t),ws in zip(rows,words_of):
    for w in set(ws):
        if w in STOP or len(w)<4 or w not in rev: continue
        stats[w][0]+=1
        if renders(w,t): stats[w][1]+=1
n=0
for idx,((s,t),ws) in enumerate(zip(rows,words_of)):
    srcset=set(ws)
    missing=[w for w in set(ws) if w in stats and stats[w][0]>=7 and (stats[w][1]-0)/(stats[w][0]-1)>=0.9 and not renders(w,t)]
    if not missing: continue
    unexplained=[x for x in segs[idx] if len(x)>=2 and x not in common and not (cedict[x] & srcset) and not ({stem(g) for g in cedict[x]} & srcset)]
    if unexplained: continue
    n+=1
    print(f"{','.join(missing)}\t{s[:160]}\t{t[:100]}")
print(n,file=sys.stderr)
