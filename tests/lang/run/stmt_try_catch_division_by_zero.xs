// judgement: see docs/language-decisions.md#division-by-zero
function "stmt_try_catch_division_by_zero" {
  input {
  }

  stack {
    var $d {
      value = 0
    }
    try_catch {
      try {
        var $q {
          value = 10 / $d
        }
      }
      catch {
        var $m {
          value = $error.message
        }
      }
    }
  }

  response = $m
}
