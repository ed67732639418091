// judgement: see docs/language-decisions.md#loops
function "stmt_foreach_break" {
  input {
  }

  stack {
    var $seen {
      value = []
    }
    foreach ([1, 2, 3, 4]) {
      each as $item {
        conditional {
          if ($item == 3) {
            break
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
