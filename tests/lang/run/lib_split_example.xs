// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_split_example" {
  input {
  }

  stack {
    var $x {
      value = "a,b,c"|split:","
    }
  }

  response = $x
}
