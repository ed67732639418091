// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_find_no_match" {
  input {
  }

  stack {
    var $x {
      value = [1,2,3]|find:$$>5
    }
  }

  response = $x
}
