// judgement: see docs/language-decisions.md#loops
function "stmt_for_break" {
  input {
  }

  stack {
    var $last {
      value = null
    }
    for (10) {
      each as $i {
        conditional {
          if ($i == 4) {
            break
          }
        }
        var.update $last {
          value = $i
        }
      }
    }
  }

  response = $last
}
