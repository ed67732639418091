function conditional_elseif_chain {
  input {
    int errors
    int steps
  }

  stack {
    conditional {
      if ($input.errors == 0) {
        var $status {
          value = "Complete"
        }
      }

      elseif ($input.errors < $input.steps) {
        var $status {
          value = "Partial"
        }
      }

      elseif ($input.errors == $input.steps) {
        var $status {
          value = "Error"
        }
      }

      else {
        var $status {
          value = "Unknown"
        }
      }
    }
  }

  response = $status
}
