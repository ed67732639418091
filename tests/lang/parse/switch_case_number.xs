function switch_case_number {
  input {
    int code
  }

  stack {
    switch ($input.code) {
      case (200) {
        var $ok {
          value = true
        }
      } break

      case (404) {
        var $ok {
          value = false
        }
      } break
    }
  }

  response = null
}
