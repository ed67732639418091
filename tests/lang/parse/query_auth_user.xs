query me verb=GET {
  auth = "user"
  input {
  }

  stack {
    db.get user {
      field_name = "id"
      field_value = $auth.id
    } as $me
  }

  response = $me
}
