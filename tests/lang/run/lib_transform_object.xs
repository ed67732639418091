// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_transform_object" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|transform:$$.a+1
    }
  }

  response = $x
}
