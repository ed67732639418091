function group_stack {
  input {
  }

  stack {
    group {
      description = "Initialization"
      stack {
        var $errors {
          value = []
        }

        var $steps_completed {
          value = []
        }
      }
    }
  }

  response = null
}
