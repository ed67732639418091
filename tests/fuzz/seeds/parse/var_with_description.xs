function var_with_description {
  input {
  }

  stack {
    var $errors {
      value = []
      description = "Errors collected across steps"
    }
  }

  response = $errors
}
