// A step that succeeds, then one that reports failure: Partial.
function "Tasks/Half" {
  input {
  }

  stack {
    function.run "Workers/Ok" {
      input = {n: 1}
    } as $a

    function.run "Workers/Refuse" {
      input = {}
    } as $b
  }

  response = {success: true, data: null, error: null}
}
