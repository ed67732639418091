// judgement: see docs/language-decisions.md#sort-order
function "filter_sort_path_number_descending" {
  input {
  }

  stack {
    var $x {
      value = [{p:10},{p:9},{p:100}]|sort:p:number:true
    }
  }

  response = $x
}
