import random

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if " " not in board else None


def minimax(board, player, memo={}):
    key = ("".join(board), player)
    if key in memo:
        return memo[key]
    result = winner(board)
    if result is not None:
        score = {"X": 1, "O": -1, "draw": 0}[result]
        return score, None
    best = (-2, None) if player == "X" else (2, None)
    for i, cell in enumerate(board):
        if cell != " ":
            continue
        board[i] = player
        score, _ = minimax(board, "O" if player == "X" else "X")
        board[i] = " "
        if (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
            best = (score, i)
    memo[key] = best
    return best


def show(board):
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    print("\n---------\n".join(rows), end="\n\n")


def play(seed=0):
    rng = random.Random(seed)
    board = [" "] * 9
    player = "X"
    while winner(board) is None:
        if player == "X":
            _, move = minimax(board, player)
        else:
            move = rng.choice([i for i, c in enumerate(board) if c == " "])
        board[move] = player
        player = "O" if player == "X" else "X"
    show(board)
    return winner(board)


print("result:", play())
