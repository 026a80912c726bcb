for j in (not x) ** r"""tab\t"""()(2j, value, n=2j):
	self = ((.5)[count.__class__(j, obj).y])
x |= _ ^ ((.5).keys(3.14, *i).x)
a[()] = i.x.y[items + j]
