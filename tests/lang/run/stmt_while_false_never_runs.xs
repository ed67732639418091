// judgement: see docs/language-decisions.md#loops
function "stmt_while_false_never_runs" {
  input {
  }

  stack {
    var $n {
      value = 10
    }
    while ($n < 5) {
      each {
        var.update $n {
          value = $n + 1
        }
      }
    }
  }

  response = $n
}
