class Ñ(-(1e10)):
	raise ñ(b'''e''' rb':)')[(10.), y]; b = (_.append) & (0o7 and 0o7 and j and x)
ñ += """(a[0])"""
(rb'it is' and r'''\n''' 'it is' u"""a b c""") % n.x << (n - b"""\n""") ** count(a, 0)[items]
items = (10.)[result, Rb"\\"] >> ñ.items.__class__.items; Rb"\n"
value = (not café) >> (n, result, count, n).__class__.y()
