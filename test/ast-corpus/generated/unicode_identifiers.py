café = 1
naïve = café + 1
π = 3.14159
Δx = 0.5
变量 = '中文'
переменная = [1, 2]
_ñ = {1: 'ñ'}
Σ = sum([π, Δx])
class Ünïcödé:
    def méthode(self, ärg=1): return ärg
