// judgement: see docs/language-decisions.md#scoping
function "stmt_foreach_item_visible_after" {
  input {
  }

  stack {
    foreach ([7, 8, 9]) {
      each as $item {
        var $last_seen {
          value = $item
        }
      }
    }
  }

  response = {item: $item, last_seen: $last_seen}
}
