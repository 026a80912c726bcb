try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (E1, E2) as e:
    pass
except E3 as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except E:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
except* (E1, E2) as eg:
    pass
else:
    pass
finally:
    pass
try: x = 1
except E: x = 2
