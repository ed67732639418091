query runs/recent verb=GET {
  description = "Most recent runs, newest first"
  input {
    int limit?=20
  }

  stack {
    db.query run {
      sort = {created_at: "desc"}
      return = {type: "list", paging: {page: 1, per_page: $input.limit}}
    } as $runs
  }

  response = $runs
  tags = ["runs"]
}
