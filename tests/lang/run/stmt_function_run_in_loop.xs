// judgement: see docs/language-decisions.md#function-run
function "stmt_function_run_in_loop" {
  input {
  }

  stack {
    var $totals {
      value = []
    }
    foreach ([1, 2, 3]) {
      each as $n {
        function.run "math_add" {
          input = {a: $n, b: $n}
        } as $r
        var.update $totals {
          value = $totals|push:$r
        }
      }
    }
  }

  response = $totals
}
