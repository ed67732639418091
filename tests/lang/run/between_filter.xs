// judgement: see docs/language-decisions.md#query-filters
function "between_filter" {
  stack {
    var $price {
      value = 50
    }
  }
  response = {
    inside: $price|between:10:100,
    low_end: 10|between:10:100,
    high_end: 100|between:10:100,
    below: 9.99|between:10:100,
    above: 101|between:10:100,
    reversed: 50|between:100:10,
    numeric_text: "50"|between:10:100,
    text: "m"|between:"a":"z",
    null_value: null|between:10:100
  }
}
