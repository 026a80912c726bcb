from math sqrt
