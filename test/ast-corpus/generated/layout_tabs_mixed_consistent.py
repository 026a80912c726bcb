if x:
	if y:
		pass
	pass
if x:
        y = 1
