try: j = ()(a=café or 10. or k, **f""""""(*x, 1e10)(self, Rb'(())', café)[_])
finally: __dunder__ /= self ^ '''(x)''' or ()() or (0 or .5) or ~self
   
data = b"a b c"
if (0b101):
  z &= not (0o7)(..., x, ñ)
  items = data = None ^ self or count @ j or n << 'tab\t'  # trailing
  F'tab\t'[value % count] > (rb'\\' ^ result) ** ((0b101).get)
c = not a
