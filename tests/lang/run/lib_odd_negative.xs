// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_odd_negative" {
  input {
  }

  stack {
    var $n {
      value = -3
    }
    var $x {
      value = $n|odd
    }
  }

  response = $x
}
