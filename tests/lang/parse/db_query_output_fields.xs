function db_query_output_fields {
  input {
  }

  stack {
    db.query run {
      return = {type: "list", paging: {page: 1, per_page: 20}}
      output = [
        "itemsReceived"
        "curPage"
        "items.id"
        "items.status"
      ]
    } as $runs
  }

  response = $runs
}
