print("never runs")
x = 1
return x
