# Applies the spacing policy to a blind-written set (docs/evaluation.md, "Spacing policy in the gold sets", session 4):
# an answer whose only gold errors are spacing passes with a spacing note, so it is relabelled passed: true with its
# spacing errors kept and a sentence added to its note. Reads only the labels (never prints an item), so it can be run
# on a sealed set. Usage: python3 relabel_spacing.py FILE SESSION   (rewrites FILE in place, prints the count)
import json,sys
path,session=sys.argv[1],sys.argv[2]
out=[]; n=0
for line in open(path,encoding="utf-8"):
    if not line.strip(): continue
    o=json.loads(line); errs=o.get("errors",[])
    if not o["passed"] and errs and all(e["category"]=="spacing" for e in errs):
        o["passed"]=True; n+=1
        o["note"]=o["note"].rstrip()+(f" (Relabelled passed by the lead, session {session}: a spacing-only mistake passes"
                                     " with a spacing note, the product policy; the spacing error is kept.)")
    out.append(json.dumps(o,ensure_ascii=False))
open(path,"w",encoding="utf-8").write("\n".join(out)+"\n")
print(f"{path}: {n} spacing-only answers relabelled passed")
