# Ünïcödé comment 😀
x = 1  # 日本語
