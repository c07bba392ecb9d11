import json, sys
a = {json.loads(l)["k"]: json.loads(l) for l in open(sys.argv[1])}
b = {json.loads(l)["k"]: json.loads(l) for l in open(sys.argv[2])}
n = 0
for k in sorted(set(a) & set(b)):
    if a[k] == b[k]: continue
    n += 1
    for f in sorted(set(a[k]) | set(b[k])):
        if a[k].get(f) != b[k].get(f):
            x, y = a[k].get(f), b[k].get(f)
            if isinstance(x, list) and isinstance(y, list):
                xs = [json.dumps(i) for i in x]; ys = [json.dumps(i) for i in y]
                print(k, f, "-", [i for i in xs if i not in ys], "+", [i for i in ys if i not in xs])
            elif isinstance(x, dict) and isinstance(y, dict):
                print(k, f, {kk: (x.get(kk), y.get(kk)) for kk in set(x) | set(y) if x.get(kk) != y.get(kk)})
            else:
                print(k, f, x, "->", y)
print(len(set(a) & set(b)), "common;", n, "differ")
