// expect: 7:8 'db.edit' is missing the data attribute
function broken {
  input {
  }

  stack {
    db.edit job {
      field_name = "id"
      field_value = 1
    }
  }

  response = null
}
