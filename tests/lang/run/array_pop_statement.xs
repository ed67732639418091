// judgement: see docs/language-decisions.md#statement-functions
function "array_pop_statement" {
  input {
  }

  stack {
    var $done {
      value = [1, 2, 3]
    }
    array.pop $done as $last
  }

  response = {done: $done, last: $last}
}
