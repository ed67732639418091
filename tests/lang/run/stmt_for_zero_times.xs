// judgement: see docs/language-decisions.md#loops
function "stmt_for_zero_times" {
  input {
  }

  stack {
    var $n {
      value = 0
    }
    for (0) {
      each as $i {
        var.update $n {
          value = $n + 1
        }
      }
    }
  }

  response = $n
}
