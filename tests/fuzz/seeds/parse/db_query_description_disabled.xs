function db_query_description_disabled {
  input {
  }

  stack {
    db.query job {
      description = "Kept for reference, not run"
      disabled = true
      return = {type: "count"}
    } as $unused
  }

  response = null
}
