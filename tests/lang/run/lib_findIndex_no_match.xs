// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_findIndex_no_match" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|findIndex:$$>5
    }
  }

  response = $x
}
