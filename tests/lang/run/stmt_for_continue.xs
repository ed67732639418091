// judgement: see docs/language-decisions.md#loops
function "stmt_for_continue" {
  input {
  }

  stack {
    var $odd {
      value = []
    }
    for (6) {
      each as $i {
        conditional {
          if (($i|even)) {
            continue
          }
        }
        var.update $odd {
          value = $odd|push:$i
        }
      }
    }
  }

  response = $odd
}
