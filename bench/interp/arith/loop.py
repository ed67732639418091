# The same loop as loop.xs, for comparison.
s = 0
for i in range(10000000):
    s = s + i * 2 - 1
print(s)
