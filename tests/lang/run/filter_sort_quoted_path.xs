// judgement: see docs/language-decisions.md#sort-order
function "filter_sort_quoted_path" {
  input {
  }

  stack {
    var $x {
      value = [{ts:3},{ts:1},{ts:2}]|sort:"ts":"number":false
    }
  }

  response = $x
}
