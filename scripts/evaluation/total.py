# Totals of a score.sh report: answers judged right and correct answers failed over all sets.
# Usage: python3 total.py REPORT
import re,sys
txt=open(sys.argv[1]).read()
r=t=f=0
for m in re.finditer(r'pass/fail accuracy\s+[\d.]+ %\s+\((\d+)/(\d+)\)',txt): r+=int(m.group(1)); t+=int(m.group(2))
for m in re.finditer(r'\((\d+) of (\d+) correct answers failed\)',txt): f+=int(m.group(1))
print(f"total {r}/{t} ({100*r/t:.2f} %), false alarms {f}")
