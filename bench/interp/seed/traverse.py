# The seed's traverse as seed/ws writes it: 1,000,000 items, one call of the
# worker per item, successes (with the whole Result) and failures in lists.
def worker(inp):
    item_id = inp["item_id"]
    if item_id % 10 == 0:
        return {"success": False, "data": None, "error": "Item " + str(item_id) + " rejected"}
    return {"success": True, "data": {"item_id": item_id}, "error": None}


def traverse(n):
    items = []
    for i in range(n):
        items.append({"id": i})
    successes = []
    failures = []
    for item in items:
        result = worker({"item_id": item["id"]})
        if result.get("success", True):
            successes.append({"item_id": item["id"], "data": result})
        else:
            failures.append({"item_id": item["id"], "error": result.get("error") or "Unknown"})
    return {"success": len(failures) == 0, "processed": len(successes), "failed": len(failures)}


print(traverse(1000000))
