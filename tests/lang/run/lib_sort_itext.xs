// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_sort_itext" {
  input {
  }

  stack {
    var $x {
      value = ["b","A","c"]|sort:"":"itext":false
    }
  }

  response = $x
}
