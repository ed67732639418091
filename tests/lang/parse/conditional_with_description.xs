function conditional_with_description {
  input {
    bool ok
  }

  stack {
    conditional {
      description = "Pick the final job status"
      if ($input.ok) {
        var $status {
          value = "Complete"
        }
      }
    }
  }

  response = null
}
