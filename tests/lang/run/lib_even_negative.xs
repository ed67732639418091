// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_even_negative" {
  input {
  }

  stack {
    var $n {
      value = -3
    }
    var $x {
      value = $n|even
    }
  }

  response = $x
}
