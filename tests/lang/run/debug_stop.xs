// judgement: see docs/language-decisions.md#debug-stop
function "debug_stop" {
  stack {
    var $total {
      value = 3
    }
    debug.stop {
      value = {stopped_at: $total}
    }
    var $total {
      value = 4
    }
  }
  response = $total
}
