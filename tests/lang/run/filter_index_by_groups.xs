// judgement: see docs/language-decisions.md#index-by
function "filter_index_by_groups" {
  input {
  }

  stack {
    var $x {
      value = [{id:1,g:"x"},{id:2,g:"y"},{id:3,g:"x"}]|index_by:g
    }
  }

  response = $x
}
