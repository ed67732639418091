function db_query_where {
  input {
    int user_id
  }

  stack {
    db.query credentials {
      where = $db.credentials.user_id == $input.user_id && $db.credentials.active
      return = {type: "single"}
    } as $creds
  }

  response = $creds
}
