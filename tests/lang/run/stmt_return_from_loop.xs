// judgement: see docs/language-decisions.md#return
function "stmt_return_from_loop" {
  input {
  }

  stack {
    foreach ([1, 2, 3]) {
      each as $item {
        conditional {
          if ($item == 2) {
            return {
              value = $item * 100
            }
          }
        }
      }
    }
  }

  response = 0
}
