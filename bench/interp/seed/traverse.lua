-- The seed's traverse as seed/ws writes it: 1,000,000 items, one call of the
-- worker per item, successes (with the whole Result) and failures in lists.
local function worker(input)
    local item_id = input.item_id
    if item_id % 10 == 0 then
        return {success = false, data = nil, error = "Item " .. item_id .. " rejected"}
    end
    return {success = true, data = {item_id = item_id}, error = nil}
end

local function traverse(n)
    local items = {}
    for i = 0, n - 1 do
        items[#items + 1] = {id = i}
    end
    local successes, failures = {}, {}
    for _, item in ipairs(items) do
        local result = worker({item_id = item.id})
        local ok = result.success
        if ok == nil then ok = true end
        if ok then
            successes[#successes + 1] = {item_id = item.id, data = result}
        else
            failures[#failures + 1] = {item_id = item.id, error = result.error or "Unknown"}
        end
    end
    return #failures == 0, #successes, #failures
end

print(traverse(1000000))
