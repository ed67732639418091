// judgement: see docs/language-decisions.md#lib-misc
function "lib_merge_recursive_example" {
  input {
  }

  stack {
    var $x {
      value = {a:1,b:{x:1}}|merge_recursive:{a:2,b:{y:2},c:3}
    }
  }

  response = $x
}
