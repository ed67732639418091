// judgement: see docs/language-decisions.md#loops
function "stmt_foreach_list_snapshot" {
  input {
  }

  stack {
    var $list {
      value = [1, 2]
    }
    var $count {
      value = 0
    }
    foreach ($list) {
      each as $item {
        var.update $list {
          value = $list|push:$item
        }
        var.update $count {
          value = $count + 1
        }
      }
    }
  }

  response = {list: $list, count: $count}
}
