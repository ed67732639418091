// judgement: see docs/language-decisions.md#error-fields
function "err_throw_stops_loop" {
  input {
  }

  stack {
    foreach ([1, 2, 3]) {
      each as $i {
        conditional {
          if ($i == 2) {
            throw {
              name = "LoopError"
              value = "failed at " ~ $i
            }
          }
        }
      }
    }
  }

  response = null
}
