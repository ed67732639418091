function input_object_with_schema.xs {
  input {
    object job {
      schema {
        int id
        text status?
        timestamp started?
      }
    }
  }

  stack {

  }

  response = $input
}
