# Every (set, category) whose F1 fell or whose false positives rose between two score.sh reports
# (catches a new finding in a category with no gold, which the headline hides). Usage: python3 compare.py BEFORE AFTER
import re,sys
def load(f):
    d={}; cur=None
    for line in open(f):
        m=re.match(r'Evaluation benchmark: (.+?), (\d+) items',line)
        if m: cur=m.group(1).split('/')[-1]; continue
        mm=re.match(r'(\w+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)',line)
        if mm and cur: d[(cur,mm.group(1))]=(float(mm.group(4)),int(mm.group(7)),int(mm.group(5)))
    return d
a=load(sys.argv[1]); b=load(sys.argv[2])
for k in sorted(b):
    if k in a and (b[k][0]<a[k][0] or b[k][1]>a[k][1]): print('WORSE',k,a[k],'->',b[k])
