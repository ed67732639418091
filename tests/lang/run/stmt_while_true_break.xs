// judgement: see docs/language-decisions.md#loops
function "stmt_while_true_break" {
  input {
  }

  stack {
    var $n {
      value = 0
    }
    while (true) {
      each {
        var.update $n {
          value = $n + 1
        }
        conditional {
          if ($n >= 3) {
            break
          }
        }
      }
    }
  }

  response = $n
}
