// docs: Xano XanoScript reference, essentials
function "stmt_switch_default" {
  input {
  }

  stack {
    var $status {
      value = "banned"
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
