function conditional_if_only {
  input {
    bool failed
  }

  stack {
    var $status {
      value = "Started"
    }

    conditional {
      if ($input.failed) {
        var.update $status {
          value = "Error"
        }
      }
    }
  }

  response = $status
}
