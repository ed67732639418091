function input_nested_object_schema {
  input {
    object result {
      schema {
        bool success
        object meta? {
          schema {
            text function_name?
            timestamp timestamp?
          }
        }
        text error?
      }
    }
  }

  stack {

  }

  response = $input
}
