// judgement: see docs/language-decisions.md#statement-functions
function "array_shift_statement" {
  input {
  }

  stack {
    var $queue {
      value = ["ann", "bob"]
    }
    array.shift $queue as $next
  }

  response = {queue: $queue, next: $next}
}
