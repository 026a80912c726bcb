café = 1
café +
