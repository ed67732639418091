// worker stand-in for the traverse pattern: even ids succeed, odd ids fail
function "Workers/Process Item" {
  input {
    int item_id
  }

  stack {
    conditional {
      if (($input.item_id|modulus:2) == 0) {
        var $result {
          value = {success: true, data: {item_id: $input.item_id, doubled: $input.item_id * 2}, error: null}
        }
      }
      else {
        var $result {
          value = {success: false, data: null, error: "Item " ~ $input.item_id ~ " rejected"}
        }
      }
    }
  }

  response = $result
}
