function conditional_nested {
  input {
    bool a
    bool b
  }

  stack {
    conditional {
      if ($input.a) {
        conditional {
          if ($input.b) {
            var $both {
              value = true
            }
          }

          else {
            var $both {
              value = false
            }
          }
        }
      }
    }
  }

  response = null
}
