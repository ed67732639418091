-- The same compositions as compose.xs: one table built key by key per Result.
local errors = {}
local total = 0
for i = 0, 999999 do
    local success = i % 10 ~= 0
    local result = {}
    result["success"] = success
    local data = {}
    data["user_id"] = i
    data["steps_completed"] = {}
    data["error_count"] = #errors
    result["data"] = data
    result["error"] = (not success) and "step failed" or nil
    local meta = {}
    meta["function_name"] = "My Function"
    meta["errors"] = errors
    result["meta"] = meta
    total = total + result["data"]["user_id"]
end
print(total)
