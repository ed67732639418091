function return_early {
  input {
    bool skip
  }

  stack {
    conditional {
      if ($input.skip) {
        return {
          value = {success: true, data: null, error: null}
        }
      }
    }

    var $work {
      value = "done"
    }
  }

  response = $work
}
