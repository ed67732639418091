// judgement: see docs/language-decisions.md#statement-functions
function "math_statement_in_loop" {
  input {
  }

  stack {
    var $total {
      value = 0
    }
    foreach ([1, 2, 3]) {
      each as $n {
        math.add $total {
          value = $n
        }
      }
    }
  }

  response = $total
}
