def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

def ev(src):
    try:
# encode
print("héllo".encode(), "héllo".encode("latin-1"), "héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "replace"), "héllo".encode("ascii", "xmlcharrefreplace"), "héllo".encode("ascii", "backslashreplace"), "h€".encode("utf-16"), "h€".encode("utf-16-le"), "h€".encode("utf-32-be"), "abc".encode(encoding="utf8"), "😀".encode())
t("héllo".encode, "ascii")
t("h€".encode, "latin-1")
t("\ud800".encode)
print("\ud800x".encode("utf-8", "surrogatepass"), "\ud800x".encode("utf-8", "replace"), "\ud800x".encode("utf-8", "ignore"))
print(str(), str(123), str(1.5), str([1, "a"]), str(None), str(b"ab"), str(b"ab", "ascii"), str(b"h\xc3\xa9", encoding="utf-8"), str(b"h\xe9", "utf-8", "replace"))
t(str, b"h\xe9", "utf-8")
