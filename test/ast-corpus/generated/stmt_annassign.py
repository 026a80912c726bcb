x: int
x: int = 1
x: "str" = 'a'
(x): int = 1
(x): int
x.y: list[int] = []
x[0]: float
x: tuple[int, ...] = (1, 2)
x: dict[str, list[int]] | None = None
y: lambda: 1
z: int = yield_value
