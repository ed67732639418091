function conditional_if_else {
  input {
    int count
  }

  stack {
    conditional {
      if ($input.count > 0) {
        var $label {
          value = "some"
        }
      }

      else {
        var $label {
          value = "none"
        }
      }
    }
  }

  response = $label
}
