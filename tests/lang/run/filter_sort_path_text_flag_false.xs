// judgement: see docs/language-decisions.md#sort-order
function "filter_sort_path_text_flag_false" {
  input {
  }

  stack {
    var $x {
      value = [{n:"z"},{n:"a"}]|sort:n:text:false
    }
  }

  response = $x
}
