// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_intersect_assoc_example" {
  input {
  }

  stack {
    var $x {
      value = [{a:1},{a:2}]|intersect_assoc:[{a:2}]
    }
  }

  response = $x
}
