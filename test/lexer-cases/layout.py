if a:
	if b:
		c = 1
	d = 2
        # a comment at a different indentation
e = 3
if a:
    b = 1
  # comment dedented
    c = 2

    
if x:
    if y:
        if z:
            pass
w = 1
if a:  \
   b

\
x = 1
y = (1 +
     2) \
    + 3
if a:
    x
    
    
z = [
  1,
      2,
]
