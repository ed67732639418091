// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_unshift_example" {
  input {
  }

  stack {
    var $x {
      value = [2,3]|unshift:1
    }
  }

  response = $x
}
