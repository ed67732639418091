// judgement: see docs/language-decisions.md#loops
function "stmt_break_inner_loop_only" {
  input {
  }

  stack {
    var $out {
      value = []
    }
    foreach ([1, 2]) {
      each as $a {
        foreach ([1, 2, 3]) {
          each as $b {
            conditional {
              if ($b == 2) {
                break
              }
            }
            var.update $out {
              value = $out|push:($a * 10 + $b)
            }
          }
        }
      }
    }
  }

  response = $out
}
