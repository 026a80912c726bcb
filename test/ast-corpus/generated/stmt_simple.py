pass
break
continue
return
return 1
return 1, 2
return *a, b
global a
global a, b, c
nonlocal x
nonlocal x, y
