# Checks a blind-written set against docs/blind-brief.md: fields, the 11 categories, spans inside the answer,
# passed answers with spacing errors only. Usage: python3 validate_set.py FILE [--correct-only]
import json,sys,re
CATS={"particle_missing","particle_allomorph","particle_wrong","honorific","ending","tense","spelling","spacing","word_order","vocabulary","incomplete"}
FIELDS=["id","domain","register","prompt_en","expected","answer","passed","errors","note"]
path=sys.argv[1]; correct_only="--correct-only" in sys.argv
bad=[]; ids=set(); n=0; npass=0; cats={}
for i,line in enumerate(open(path,encoding="utf-8"),1):
    if not line.strip(): bad.append(f"line {i}: blank line"); continue
    try: o=json.loads(line)
    except Exception as e: bad.append(f"line {i}: invalid JSON: {e}"); continue
    n+=1
    if sorted(o.keys())!=sorted(FIELDS): bad.append(f"line {i}: fields must be exactly {FIELDS}, got {list(o.keys())}")
    if o.get("id") in ids: bad.append(f"line {i}: duplicate id {o.get('id')}")
    ids.add(o.get("id"))
    if o.get("register") not in ("polite","formal","casual"): bad.append(f"line {i}: register must be polite/formal/casual")
    ex=o.get("expected")
    if not isinstance(ex,list) or not 1<=len(ex)<=3 or not all(isinstance(x,str) and x.strip() for x in ex): bad.append(f"line {i}: expected must be 1-3 non-empty strings")
    for k in ("prompt_en","answer","note","domain"):
        if not isinstance(o.get(k),str) or not o.get(k).strip(): bad.append(f"line {i}: {k} must be a non-empty string")
    if not isinstance(o.get("passed"),bool): bad.append(f"line {i}: passed must be true/false"); continue
    errs=o.get("errors")
    if not isinstance(errs,list): bad.append(f"line {i}: errors must be a list"); continue
    if o["passed"]: npass+=1
    if correct_only and (not o["passed"] or errs): bad.append(f"line {i}: correct-only set: passed must be true and errors []")
    if o["passed"] and any(e.get("category")!="spacing" for e in errs if isinstance(e,dict)): bad.append(f"line {i}: a passed answer has errors []")
    if not o["passed"] and not errs: bad.append(f"line {i}: a failed answer needs at least one error")
    ans=o.get("answer","")
    for e in errs:
        if not isinstance(e,dict) or sorted(e.keys())!=["category","correction","original"]: bad.append(f"line {i}: each error is {{category, original, correction}}"); continue
        if e["category"] not in CATS: bad.append(f"line {i}: unknown category {e['category']}")
        else: cats[e["category"]]=cats.get(e["category"],0)+1
        if not isinstance(e["original"],str) or not e["original"].strip(): bad.append(f"line {i}: empty original")
        elif e["original"] not in ans: bad.append(f"line {i}: original '{e['original']}' is not in the answer")
        if not isinstance(e["correction"],str) or not e["correction"].strip(): bad.append(f"line {i}: empty correction")
        elif e["correction"]==e["original"]: bad.append(f"line {i}: correction equals original")
for b in bad[:40]: print(b)
sp=sum(1 for l in open(path,encoding="utf-8") if l.strip() and (lambda o: not o.get("passed") and o.get("errors") and all(e.get("category")=="spacing" for e in o["errors"] if isinstance(e,dict)))(json.loads(l)))
if sp: print(f"NOTE: {sp} failed answers have spacing errors only: run relabel_spacing.py FILE SESSION before sealing (the spacing policy)")
print(f"{'OK' if not bad else 'ERRORS: '+str(len(bad))}: {n} items, {npass} passed, errors per category: {dict(sorted(cats.items()))}")
sys.exit(1 if bad else 0)
