// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_rtrim_example" {
  input {
  }

  stack {
    var $x {
      value = "  a  "|rtrim
    }
  }

  response = $x
}
