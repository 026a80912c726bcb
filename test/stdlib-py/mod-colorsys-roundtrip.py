# colorsys: conversions between RGB, YIQ, HLS and HSV, to the last bit.
import colorsys

steps = [0.0, 0.1, 0.25, 1 / 3, 0.5, 0.6, 0.75, 0.9, 1.0]
colors = [(r, g, b) for r in steps for g in steps[::2] for b in steps[::3]]
colors += [(1, 0, 0), (0, 255, 0), (-0.5, 1.5, 0.2), (0.2, 0.2, 0.2)]
for rgb in colors:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, yiq, hls, hsv)
    print('  ', colorsys.yiq_to_rgb(*yiq), colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv))
for h in [0.0, 0.1, 1 / 6, 0.3, 0.5, 2 / 3, 0.8, 0.99, 1.0, 1.5, -0.25]:
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.3, 0.7),
          colorsys.hls_to_rgb(h, 0.7, 0.4))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD, colorsys.__all__)
