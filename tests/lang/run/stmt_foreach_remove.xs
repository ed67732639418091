// judgement: see docs/language-decisions.md#foreach-remove
function "stmt_foreach_remove" {
  input {
  }

  stack {
    var $list {
      value = [1, 2, 3, 4]
    }
    foreach ($list) {
      each as $item {
        conditional {
          if ($item > 2) {
            foreach.remove
          }
        }
      }
    }
  }

  response = $list
}
