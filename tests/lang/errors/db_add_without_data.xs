// expect: 7:8 'db.add' is missing the data attribute
function broken {
  input {
  }

  stack {
    db.add job {
      description = "nothing to add"
    }
  }

  response = null
}
