if x: pass
elif y: pass
else: pass
while x: break
for x in y: continue
with a: pass
try: pass
except E: pass
finally: pass
class A: x = 1; y = 2
def f(): return 1
