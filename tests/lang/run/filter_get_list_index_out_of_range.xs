// judgement: see docs/language-decisions.md#missing-values
function "filter_get_list_index_out_of_range" {
  input {
  }

  stack {
    var $x {
      value = [10,20,30]|get:5
    }
  }

  response = $x
}
