for self.get in (0x1f | .5) or Rb"\\" rb"""\n""" | total:
  while total ** 1e10 if _ ^ result else {}("(())" "\n", f"tab\t", n=data)[count].real:
    count = b << data and (0x1f)[result] and z[obj](*1_000).value
    data = {}[i ^ c]; assert (lambda e=0o7 == i is '(())' == 1_000, d=Rb"(x:>(w))" >= k < .5, /, *, c, **b: self not in y)
  n = (lambda c, t, b: n) is not [][:] != count / False
  j[value or F'text' or total] = False
else:
  a: ...[rb"it is", j] = (r'''(x)''' if x else _) == [value, f"""{x}""", r"""(x!r)"""][k].value is n[obj][count, self](k, j, b=k) in ...
  class Self(b | items):
    x[b[0o7::](*i, F'tab\t' F'''a b c''' F'''tab\t''')] = (0) << _ if 0x1f and items and café and z else F'''a b c''' """\\""" u'(x)'["a b c", j]
    raise
    c: (value if items else b'\n' b'''\\''')
  import a, b.c
value = (_ is not '(a[0])' f'''😀''' '''it is''') + (n | Rb"e")
global n, x
