// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_reduce_text" {
  input {
  }

  stack {
    var $x {
      value = ["a","b","c"]|reduce:$result~$$:""
    }
  }

  response = $x
}
