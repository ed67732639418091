// judgement: see docs/language-decisions.md#vector-filters
function "vector_filters" {
  stack {
    var $a {
      value = [1, 2, 3]
    }
    var $b {
      value = [4, 5, 6]
    }
  }
  response = {
    inner: $a|inner_product:$b,
    negative_inner: $a|negative_inner_product:$b,
    cosine_similarity: [1, 0]|cosine_similarity:[0, 1],
    cosine_opposite: [1, 0]|cosine_similarity:[-2, 0],
    cosine_distance: [1, 0]|cosine_distance:[-1, 0],
    l1: $a|l1_distance_manhattan:$b,
    l2: [0, 0]|l2_distance_euclidean:[3, 4],
    decimals: [0.5, 1.5]|inner_product:[2, 2],
    null_value: null|cosine_similarity:$b,
    null_argument: $a|l2_distance_euclidean:null
  }
}
