// judgement: see docs/language-decisions.md#applied-descriptions
function "stmt_foreach_empty_list" {
  input {
  }

  stack {
    var $n {
      value = 0
    }
    foreach ([]) {
      each as $item {
        var.update $n {
          value = $n + 1
        }
      }
    }
  }

  response = $n
}
