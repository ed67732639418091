function db_has {
  input {
    int user_id
  }

  stack {
    db.has credentials {
      field_name = "user_id"
      field_value = $input.user_id
    } as $has_credentials
  }

  response = $has_credentials
}
