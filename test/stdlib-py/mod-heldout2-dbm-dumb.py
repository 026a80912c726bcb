import dbm.dumb, tempfile, os
d = tempfile.mkdtemp(); p = os.path.join(d, "t")
with dbm.dumb.open(p, "c") as db:
    for k in ["é", "a'b", 'q"', "x\ny", "tab\t", "back\\slash", "日本"]:
        db[k] = k * 2
    db["big"] = "z" * 1000
    db["big"] = "y" * 10
with dbm.dumb.open(p, "r") as db:
    print(sorted((k, v) for k, v in db.items()))
print(open(p + ".dir", encoding="latin-1").read())
print(os.path.getsize(p + ".dat"), sorted(os.listdir(d)))
import dbm.dumb, tempfile, os
d=tempfile.mkdtemp()
try:
    dbm.dumb.open(os.path.join(d,"x"),"r")
except OSError as e: print(type(e).__name__, e.errno)
db=dbm.dumb.open(os.path.join(d,"y"),"c"); db["a"]="1"; db.close()
db=dbm.dumb.open(os.path.join(d,"y"),"r")
try: db["b"]="2"
except OSError as e: print(e)
print(db["a"], len(db)); db.close()
try: db["a"]
except OSError as e: print(e)
