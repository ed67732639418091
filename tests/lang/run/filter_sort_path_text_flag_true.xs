// judgement: see docs/language-decisions.md#sort-order
function "filter_sort_path_text_flag_true" {
  input {
  }

  stack {
    var $x {
      value = [{v:"a", e:20}, {v:"z", e:10}]|sort:v:text:true
    }
  }

  response = $x
}
