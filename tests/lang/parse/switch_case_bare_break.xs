function switch_case_bare_break {
  input {
    text kind
  }

  stack {
    switch ($input.kind) {
      case ("noop") break
      case ("log") {
        debug.log {
          value = $input.kind
        }
      } break
    }
  }

  response = null
}
