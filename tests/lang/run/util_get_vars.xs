// judgement: see docs/language-decisions.md#util-get
function "util_get_vars" {
  input {
  }

  stack {
    var $a {
      value = 1
    }
    var $b {
      value = "x"
    }
    util.get_vars as $vars
  }

  response = $vars
}
