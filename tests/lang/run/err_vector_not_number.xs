// judgement: see docs/language-decisions.md#vector-filters
function "err_vector_not_number" {
  stack {
    var $d {
      value = [1, "2", 3]|l2_distance_euclidean:[1, 2, 3]
    }
  }
  response = $d
}
