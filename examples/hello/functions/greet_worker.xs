// Worker: builds a greeting for one name.
// Like every worker it does one thing and returns a Result:
// {success, data, error}. It never throws for flow control.
function "Workers/Greet" {
  description = "Build a greeting for one name"
  input {
    text name? filters=trim
  }

  stack {
    conditional {
      if ($input.name == null || $input.name == "") {
        var $result {
          value = {success: false, data: null, error: "name is empty"}
        }
      }

      else {
        var $result {
          value = {
            success: true
            data   : {greeting: "Hello, " ~ $input.name ~ "!"}
            error  : null
          }
        }
      }
    }
  }

  response = $result
}
