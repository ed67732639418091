function var_with_description.xs {
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
