x = 1; y = 2; z = 3
x = 1;
if x: a = 1; b = 2;
import a; from b import c; del a
