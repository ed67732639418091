// expect: 10:7 attribute 'foot' is not allowed in 'db.get'
function broken {
  input {
  }

  stack {
    db.get user {
      field_name = "id"
      field_value = 1
      foot = 2
    } as $user
  }

  response = null
}
