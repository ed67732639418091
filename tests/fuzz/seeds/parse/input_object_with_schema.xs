function input_object_with_schema {
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
