// The worker of the traverse benchmark: every tenth item fails.
function "Worker" {
  input {
    int item_id
  }
  stack {
    conditional {
      if (`$input.item_id % 10` == 0) {
        var $r {
          value = {success: false, data: null, error: "Item " ~ $input.item_id ~ " rejected"}
        }
      }
      else {
        var $r {
          value = {success: true, data: {item_id: $input.item_id}, error: null}
        }
      }
    }
  }
  response = $r
}
