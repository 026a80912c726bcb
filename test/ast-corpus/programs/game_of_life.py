import itertools
import time

GLIDER = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}


def neighbours(cell):
    x, y = cell
    for dx, dy in itertools.product((-1, 0, 1), repeat=2):
        if dx or dy:
            yield x + dx, y + dy


def step(alive):
    counts = {}
    for cell in alive:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, c in counts.items() if c == 3 or (c == 2 and cell in alive)}


def render(alive, width=10, height=8):
    rows = []
    for y in range(height):
        rows.append("".join("#" if (x, y) in alive else "." for x in range(width)))
    return "\n".join(rows)


board = GLIDER
for generation in range(4):
    print(f"generation {generation}:\n{render(board)}\n")
    board = step(board)
    time.sleep(0.01)
