function switch_case_default {
  input {
    text status
  }

  stack {
    switch ($input.status) {
      case ("Complete") {
        var $color {
          value = "green"
        }
      } break

      case ("Partial") {
        var $color {
          value = "amber"
        }
      } break

      default {
        var $color {
          value = "red"
        }
      }
    }
  }

  response = $color
}
