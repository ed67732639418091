// judgement: see docs/language-decisions.md#loops
function "stmt_while_continue" {
  input {
  }

  stack {
    var $i {
      value = 0
    }
    var $kept {
      value = []
    }
    while ($i < 5) {
      each {
        var.update $i {
          value = $i + 1
        }
        conditional {
          if ($i == 2) {
            continue
          }
        }
        var.update $kept {
          value = $kept|push:$i
        }
      }
    }
  }

  response = $kept
}
