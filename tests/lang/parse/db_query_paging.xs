function db_query_paging {
  input {
    int page?=1
  }

  stack {
    db.query items {
      where = $db.items.active == true
      return = {
        type  : "list"
        paging: {
          page    : $input.page
          per_page: 50
          totals  : true
          offset  : 0
          metadata: true
        }
      }
    } as $items
  }

  response = $items
}
