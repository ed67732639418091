# The same compositions as compose.xs: one dict built key by key per Result.
errors = []
total = 0
for i in range(1000000):
    success = i % 10 != 0
    result = {}
    result["success"] = success
    data = {}
    data["user_id"] = i
    data["steps_completed"] = []
    data["error_count"] = len(errors)
    result["data"] = data
    result["error"] = None if success else "step failed"
    meta = {}
    meta["function_name"] = "My Function"
    meta["errors"] = errors
    result["meta"] = meta
    total = total + result["data"]["user_id"]
print(total)
