students = [
    {"name": "Ana", "grades": [90, 85, 77], "year": 2},
    {"name": "Ben", "grades": [60, 72], "year": 1},
    {"name": "Cai", "grades": [], "year": 2},
    {"name": "Dev", "grades": [88, 95, 91, 79], "year": 3},
]

averages = {s["name"]: sum(g) / len(g) for s in students if (g := s["grades"])}
by_year = {year: [s["name"] for s in students if s["year"] == year] for year in sorted({s["year"] for s in students})}
all_grades = [grade for s in students for grade in s["grades"]]
honours = [name for name, avg in averages.items() if avg >= 85]
grid = [[(r, c) for c in range(3)] for r in range(2)]
flat = [cell for row in grid for cell in row if sum(cell) % 2 == 0]
transposed = list(map(list, zip(*[[1, 2, 3], [4, 5, 6]])))
letter = lambda avg: "A" if avg >= 90 else "B" if avg >= 80 else "C" if avg >= 70 else "F"
report = "\n".join(f"{n:<4}{a:6.1f} {letter(a)}" for n, a in sorted(averages.items(), key=lambda kv: -kv[1]))
total = sum(x * x for x in range(10) if x % 3)
unique_lengths = {len(s["name"]) for s in students}
print(averages, by_year, max(all_grades), honours, flat, transposed, total, unique_lengths, sep="\n")
print(report)
