// docs: Xano XanoScript statement reference, switch
function "stmt_switch_return_in_case" {
  input {
  }

  stack {
    switch ("inactive") {
      case ("active") {
        return {
          value = "User is active"
        }
      } break
      case ("inactive") {
        return {
          value = "User is inactive"
        }
      } break
      default {
        return {
          value = "User status unknown"
        }
      }
    }
  }

  response = "not reached"
}
