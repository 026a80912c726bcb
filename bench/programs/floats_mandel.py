# Float arithmetic: a Mandelbrot set count (every operation makes a new float).
def mandel(width, height, limit):
    count = 0
    for y in range(height):
        ci = y * 2.0 / height - 1.0
        for x in range(width):
            cr = x * 3.0 / width - 2.0
            zr = zi = 0.0
            n = 0
            while n < limit and zr * zr + zi * zi < 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            count += n
    return count


print(mandel(300, 200, 60))
