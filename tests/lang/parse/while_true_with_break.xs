function while_true_with_break {
  input {
  }

  stack {
    var $tries {
      value = 0
    }

    while (true) {
      each {
        math.add $tries {
          value = 1
        }

        conditional {
          if ($tries >= 3) {
            break
          }
        }
      }
    }
  }

  response = $tries
}
