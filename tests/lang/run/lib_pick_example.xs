// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_pick_example" {
  input {
  }

  stack {
    var $x {
      value = {a:1,b:2,c:3}|pick:["a","c"]
    }
  }

  response = $x
}
