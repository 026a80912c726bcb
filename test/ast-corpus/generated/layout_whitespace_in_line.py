x   =   1
f (  a ,  b  )
y=[1,2]
z=x[ 1 : 2 ]
w = x . y . z
