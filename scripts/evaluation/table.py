# Per set of a score.sh report: accuracy, correct answers failed, span, categories with F1 < 0.90.
# Usage: python3 table.py REPORT
import re,sys
txt=open(sys.argv[1]).read()
blocks=re.split(r'(?=Evaluation benchmark: )',txt)
for b in blocks:
    m=re.match(r'Evaluation benchmark: (.+?), (\d+) items',b)
    if not m: continue
    name=m.group(1).split('/')[-1]
    acc=re.search(r'pass/fail accuracy\s+([\d.]+) %\s+\((\d+)/(\d+)\)',b)
    fa=re.search(r'\((\d+) of (\d+) correct answers failed\)',b)
    sp=re.search(r'span match\s+([\d.]+) %',b)
    low=[]
    for line in b.splitlines():
        mm=re.match(r'(\w+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s',line)
        if mm and int(mm.group(5))>0 and float(mm.group(4))<0.90: low.append(f"{mm.group(1)} {mm.group(4)}")
    print(f"{name:40s} {acc.group(1) if acc else '?':>6} {acc.group(2)+'/'+acc.group(3) if acc else '':>10} fa {fa.group(1)+'/'+fa.group(2) if fa else '-':>7} span {sp.group(1) if sp else 'n/a':>5}  {' '.join(low)}")
