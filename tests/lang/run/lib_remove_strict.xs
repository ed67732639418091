// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_remove_strict" {
  input {
  }

  stack {
    var $x {
      value = [1,"1",2]|remove:"1":null:true
    }
  }

  response = $x
}
