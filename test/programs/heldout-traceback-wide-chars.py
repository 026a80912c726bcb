# Traceback carets are drawn in display columns: two under each wide (East Asian W/F) character
# of the source line, before and inside the failing expression; one under é, ｱ. The traceback
# module of 3.11 also places a binary operator's ^ by the UTF-8 length of the left operand.
import traceback

d = {"名前": "太郎", "年齢": 30, "é": 1, "ｱ": 2, "😀": 3, "éé": 4}


def show(action):
    try:
        action()
    except Exception:
        traceback.print_exc()


show(lambda: d["名前"] + d["年齢"])
show(lambda: d["é"] + "s")
show(lambda: d["éé"] + "s")
show(lambda: (d["é"]) + "s")
show(lambda: d["é"] ** "s")
show(lambda: "é" + d["é"] / "s")
show(lambda: d["ｱ"] + "s")
show(lambda: d["😀"] + "s")
show(lambda: 1 + d["名前"])
show(lambda: d["住所"])
x = "日本語"; y = d["é"] + x
