// judgement: see docs/language-decisions.md#loops
function "stmt_foreach_continue" {
  input {
  }

  stack {
    var $seen {
      value = []
    }
    foreach ([1, 2, 3, 4]) {
      each as $item {
        conditional {
          if (($item|modulus:2) == 0) {
            continue
          }
        }
        var.update $seen {
          value = $seen|push:$item
        }
      }
    }
  }

  response = $seen
}
