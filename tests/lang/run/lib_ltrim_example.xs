// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_ltrim_example" {
  input {
  }

  stack {
    var $x {
      value = "  a  "|ltrim
    }
  }

  response = $x
}
