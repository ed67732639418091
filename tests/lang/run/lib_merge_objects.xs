// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_merge_objects" {
  input {
  }

  stack {
    var $x {
      value = {a:1,b:2}|merge:{b:3,c:4}
    }
  }

  response = $x
}
