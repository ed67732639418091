// docs: Xano XanoScript reference, essentials
function "stmt_switch_second_case" {
  input {
  }

  stack {
    var $status {
      value = "pending"
    }
    switch ($status) {
      case ("active") {
        var $message {
          value = "User is active"
        }
      } break
      case ("pending") {
        var $message {
          value = "User is pending"
        }
      } break
      default {
        var $message {
          value = "Unknown status"
        }
      }
    }
  }

  response = $message
}
