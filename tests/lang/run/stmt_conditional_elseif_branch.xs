// docs: Xano XanoScript statement reference, conditional
function "stmt_conditional_elseif_branch" {
  input {
  }

  stack {
    var $n {
      value = 7
    }
    conditional {
      if ($n > 10) {
        var $r {
          value = "big"
        }
      }
      elseif ($n > 5) {
        var $r {
          value = "medium"
        }
      }
      else {
        var $r {
          value = "small"
        }
      }
    }
  }

  response = $r
}
