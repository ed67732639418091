-- The same loop as loop.xs, for comparison.
local s = 0
for i = 0, 9999999 do
    s = s + i * 2 - 1
end
print(s)
