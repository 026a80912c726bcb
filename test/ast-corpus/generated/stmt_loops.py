while x:
    pass
while x:
    break
else:
    pass
while True: continue
for x in y:
    pass
for x, y in z:
    pass
for (x, y) in z: pass
for [x, *y] in z:
    pass
else:
    pass
for x.a in y: pass
for x[0] in y: pass
for x in a, b: pass
for x in *a, *b: pass
for x, in y: pass
