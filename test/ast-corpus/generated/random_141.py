if i.name[r"100%" % (42):total < 1_000 < items].items:
	b = total[café >> """(y=)""", _ // ñ][(lambda q=(1e10)(**.5), t=total if c else j: k), (.5).value].real
if result():
	ñ = __dunder__[z]() * (z >> i)
	# é 😀

	rb"text"[i(total.get()[0x1f:])[{"(())" '''é''' F'100%': obj for obj in data if False if data for (i, _) in self}.y].__class__:b'(a[0])' or '''(x!r)''' or items or 1 if +0 else __dunder__ or False or r'''é''' or "\\"][(42).y[:(*None, z, 0x1f, k)["a b c"].keys.real][not '''''']]
	j = -+x
# type: ignore
from . import a
