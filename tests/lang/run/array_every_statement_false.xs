// judgement: see docs/language-decisions.md#statement-functions
function "array_every_statement_false" {
  input {
  }

  stack {
    var $ages {
      value = [12, 17, 21, 30]
    }
    array.every ($ages) if ($this >= 18) as $all
  }

  response = $all
}
