import shelve
import dbm
import os
import tempfile
from dataclasses import dataclass

@dataclass
class Player:
    name: str
    score: int

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "gamedata")

with shelve.open(path) as db:
    db["players"] = [Player("ann", 10), Player("bob", 7)]
    db["level"] = 3
    db["settings"] = {"sound": True, "difficulty": "hard"}
    print(sorted(db.keys()), len(db), "level" in db, "nope" in db)

with shelve.open(path) as db:
    players = db["players"]
    players.append(Player("cat", 5))
    print(len(db["players"]), "(not written back)")
    db["players"] = players
    print(len(db["players"]), "(assigned)")
    print(db.get("level"), db.get("missing", "default"))
    del db["level"]
    print(sorted(db))
    try:
        db["level"]
    except KeyError as e:
        print("KeyError", e)

with shelve.open(path, writeback=True) as db:
    db["settings"]["volume"] = 11
    db["players"][0].score += 100
with shelve.open(path, flag="r") as db:
    print(db["settings"], db["players"][0])
    try:
        db["x"] = 1
    except Exception as e:
        print(type(e).__name__, e)

db = shelve.open(path)
db.close()
try:
    db["settings"]
except ValueError as e:
    print("ValueError:", e)
try:
    shelve.open(os.path.join(tmp, "does-not-exist"), flag="r")
except dbm.error[0] as e:
    print("dbm.error:", e)
with dbm.open(os.path.join(tmp, "plain"), "c") as d:
    d["k"] = "v"
    d[b"raw"] = b"\x00\x01"
    print(d["k"], d[b"raw"], sorted(d.keys()), d.get("zz"))
    try:
        d["n"] = 1
    except TypeError as e:
        print("TypeError:", e)
with dbm.open(os.path.join(tmp, "plain"), "n") as d:
    print(len(d))
import shutil
shutil.rmtree(tmp)
print("done")
