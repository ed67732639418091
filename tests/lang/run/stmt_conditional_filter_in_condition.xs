// docs: Xano XanoScript reference, essentials
function "stmt_conditional_filter_in_condition" {
  input {
  }

  stack {
    var $arr {
      value = [1,2,3]
    }
    var $r {
      value = "few"
    }
    conditional {
      if (($arr|count) > 2) {
        var.update $r {
          value = "many"
        }
      }
    }
  }

  response = $r
}
