class Temperature:
    def __init__(self):
        self._celsius = None
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
t = Temperature()
print(t.fahrenheit)
