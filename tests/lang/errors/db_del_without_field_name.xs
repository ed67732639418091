// expect: 7:8 'db.del' is missing the field_name attribute
function broken {
  input {
  }

  stack {
    db.del job {
      field_value = 1
    }
  }

  response = null
}
