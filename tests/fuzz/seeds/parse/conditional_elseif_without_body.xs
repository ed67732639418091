function conditional_elseif_without_body {
  input {
    int n
  }

  stack {
    conditional {
      if ($input.n > 10) {
        var $size {
          value = "large"
        }
      }

      elseif ($input.n > 5)
      else {
        var $size {
          value = "small"
        }
      }
    }
  }

  response = null
}
