// 1,000,000 Results composed with |set as the seed's Pattern 6 writes them
// (without `now`, to keep the clock out of the loop).
function "set_compose" {
  input {
  }
  stack {
    var $sum {
      value = 0
    }
    var $errors {
      value = []
    }
    for (1000000) {
      each as $i {
        var $success {
          value = `$i % 10` != 0
        }
        var $result {
          value = {}
            |set:"success":$success
            |set:"data":({}
              |set:"user_id":$i
              |set:"steps_completed":[]
              |set:"error_count":($errors|count)
            )
            |set:"error":($success ? null : "step failed")
            |set:"meta":({}
              |set:"function_name":"My Function"
              |set:"errors":$errors
            )
        }
        var.update $sum {
          value = $sum + $result.data.user_id
        }
      }
    }
  }
  response = $sum
}
