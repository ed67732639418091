// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_unique_loose" {
  input {
  }

  stack {
    var $x {
      value = [1,"1",2,1.0]|unique
    }
  }

  response = $x
}
