# strftime flags and glibc's E/O modifiers, in time.strftime and datetime.strftime
import time
from datetime import datetime
t=(2024,3,5,7,8,9,1,65,0)
for f in ['%Ec','%EC','%Ex','%EX','%Ey','%EY','%Od','%Oe','%OH','%OI','%Om','%OM','%OS','%Ou','%OU','%OV','%Ow','%OW','%Oy','%Ea','%OB','%E','%O','%E%','%Q','%_H','%-H','%05d','%^p','%#p','%8H','%-5d']:
  print(repr(f), repr(time.strftime(f,t)), repr(datetime(*t[:6]).strftime(f)))
for f in ['%O%','%E%','%OE','%EOy','%OOy','%-5H','%-05d','%0-5d','%_5d','%#a','%#b','%#A','%^#a','%-d/%-m/%y','%_m', '%-I:%M%P', '%3j', '%-j', '%#Z']:
  print(repr(f), repr(time.strftime(f,t)), repr(datetime(*t[:6]).strftime(f)))
