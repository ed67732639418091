// judgement: see docs/language-decisions.md#applied-descriptions
function "stmt_for_variable_count" {
  input {
  }

  stack {
    var $times {
      value = 4
    }
    var $total {
      value = 0
    }
    for ($times) {
      each as $i {
        var.update $total {
          value = $total + $i
        }
      }
    }
  }

  response = $total
}
